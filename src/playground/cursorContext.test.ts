import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cursorContext } from './cursorContext';

/** The value of the string token that ends at the end of `text`. */
const tokenValue = (text: string) => cursorContext(text, text.length).token?.value;

describe('cursorContext: escapes in strings are decoded', () => {
	test.each([
		['"a\\nb"', 'a\nb'],
		['"a\\tb"', 'a\tb'],
		['"a\\"b"', 'a"b'],
		['"a\\\\b"', 'a\\b'],
		['"a\\/b"', 'a/b'],
		['"a\\bb"', 'a\bb'],
		['"a\\fb"', 'a\fb'],
		['"a\\rb"', 'a\rb'],
		['"\\u0041\\u00e9"', 'A\u00e9'],
		['"\\ud83d\\ude00"', '\u{1F600}'],
		["'it\\'s'", "it's"],
	])('%s is %j', (text, value) => {
		expect(tokenValue(text)).toBe(value);
	});

	test('a half-typed escape does not stop the reading', () => {
		expect(tokenValue('"\\u00')).toBe('u00');
		expect(tokenValue('"ab\\')).toBe('ab\\');
	});

	test('escaped keys: the path and the keys already written are the decoded keys', () => {
		const text = '{ "a\\"b": { "x\\ty": 1, ';
		const context = cursorContext(text, text.length);
		expect(context).toMatchObject({ slot: 'key', path: ['a"b'], presentKeys: ['x\ty'] });
	});

	test('property: any string as JSON.stringify writes it reads back as itself', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
				const text = JSON.stringify(value);
				// A raw line break ends an unterminated string; JSON.stringify never writes one.
				expect(tokenValue(text)).toBe(value);
			}),
			{ numRuns: 1000 }
		);
	});
});
