import fc from 'fast-check';
import { expect, test } from 'vitest';
import { escapeRegExp } from './escapeRegExp.mjs';

test('an escaped text, as a whole pattern, matches that text and nothing else', () => {
	fc.assert(
		fc.property(fc.string(), fc.string(), (text, other) => {
			const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
			expect(pattern.test(text)).toBe(true);
			expect(pattern.test(other)).toBe(other === text);
		})
	);
	expect(escapeRegExp('a.b*(c)|[d]{1}^$+?\\')).toBe('a\\.b\\*\\(c\\)\\|\\[d\\]\\{1\\}\\^\\$\\+\\?\\\\');
});
