import fc from 'fast-check';
import { expect, test } from 'vitest';
import { keyPathText, pathText } from './pathText';

test('pathText writes bare keys with dots, other keys quoted in brackets, indexes in brackets', () => {
	expect(pathText([])).toBe('(root)');
	expect(pathText(['status'])).toBe('status');
	expect(pathText(['items', 0, 'name'])).toBe('items[0].name');
	expect(pathText(['odd key', '$ok', ''])).toBe('["odd key"].$ok[""]');
	expect(pathText([0, 'a"b'])).toBe('[0]["a\\"b"]');
});

test("keyPathText of a path's text and one more key is pathText of the longer path, with or without the key's checks given", () => {
	const key = fc.oneof(fc.constantFrom('status', '_a1', '$', '1a', '', 'a-b', '"', '\\', '\u00e9'), fc.string({ maxLength: 4 }));
	const path = fc.array(fc.oneof(key, fc.nat({ max: 20 })), { maxLength: 4 });
	fc.assert(
		fc.property(path, key, (parent, last) => {
			const parentText = parent.length === 0 ? '' : pathText(parent);
			const expected = pathText([...parent, last]);
			expect(keyPathText(parentText, last)).toBe(expected);
			expect(keyPathText(parentText, last, /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(last), JSON.stringify(last))).toBe(expected);
		})
	);
});
