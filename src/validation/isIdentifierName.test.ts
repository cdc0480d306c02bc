import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isIdentifierName } from './isIdentifierName';

describe('isIdentifierName', () => {
	test.each(['status', '_x', '$', 'a1', 'operationId'])('%s can be written bare', (key) => {
		expect(isIdentifierName(key)).toBe(true);
	});
	test.each(['', '1a', 'a-b', 'a b', 'é', 'a.b', '"a"'])('%j is quoted', (key) => {
		expect(isIdentifierName(key)).toBe(false);
	});
});

test('agrees with the regex it stands for: each character first and after a letter, and any string', () => {
	const regex = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
	for (let code = 0; code < 0x180; code++) {
		for (const key of [String.fromCharCode(code), `a${String.fromCharCode(code)}`, `${String.fromCharCode(code)}a`]) {
			expect(isIdentifierName(key), JSON.stringify(key)).toBe(regex.test(key));
		}
	}
	fc.assert(
		fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (key) => {
			expect(isIdentifierName(key)).toBe(regex.test(key));
		})
	);
});
