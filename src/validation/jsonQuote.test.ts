import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonQuote } from './jsonQuote';

describe('jsonQuote', () => {
	test('the same text as JSON.stringify, escapes and lone surrogates included', () => {
		for (const text of ['', 'status', 'a"b', 'a\\b', '\n', '\u0000', '\u007f', 'é', '\ud83d\ude00', '\ud800', 'x\udfff']) {
			expect(jsonQuote(text)).toBe(JSON.stringify(text));
		}
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
				expect(jsonQuote(text)).toBe(JSON.stringify(text));
			}),
			{ numRuns: 5000 }
		);
	});
});
