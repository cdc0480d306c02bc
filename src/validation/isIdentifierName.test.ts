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
