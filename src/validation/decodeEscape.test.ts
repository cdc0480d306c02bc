import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeEscape } from './decodeEscape';

/** Decodes every escape of a string body (the text between the quotes). */
function decodeAll(body: string): string | undefined {
	let value = '';
	for (let pos = 0; pos < body.length; ) {
		if (body[pos] !== '\\') {
			value += body[pos++];
			continue;
		}
		const escape = decodeEscape(body, pos);
		if (!escape) return undefined;
		value += escape.value;
		pos = escape.end;
	}
	return value;
}

describe('decodeEscape', () => {
	test.each([
		['\\n', '\n'],
		['\\t', '\t'],
		['\\"', '"'],
		['\\\\', '\\'],
		['\\/', '/'],
		['\\b', '\b'],
		['\\f', '\f'],
		['\\r', '\r'],
		['\\u0041', 'A'],
		['\\u00e9', '\u00e9'],
		['\\ud83d\\ude00', '\u{1F600}'],
	])("JSON's escape %s", (escape, value) => {
		expect(decodeAll(escape)).toBe(value);
		expect(decodeAll(escape)).toBe(JSON.parse(`"${escape}"`));
	});

	test.each([
		["\\'", "'"],
		['\\`', '`'],
		['\\v', '\v'],
		['\\0', '\0'],
		['\\x41', 'A'],
		['\\u{1F600}', '\u{1F600}'],
		['\\q', 'q'],
		['a\\\nb', 'ab'],
		['a\\\r\nb', 'ab'],
	])('JavaScript also has %j', (escape, value) => {
		expect(decodeAll(escape)).toBe(value);
	});

	test.each(['\\', '\\u', '\\u00', '\\u00g0', '\\x4', '\\u{110000}', '\\01', '\\1'])('%j is incomplete or malformed', (escape) => {
		expect(decodeEscape(escape, 0)).toBeUndefined();
	});

	test('where each escape ends', () => {
		expect(decodeEscape('\\u0041BC', 0)).toEqual({ value: 'A', end: 6 });
		expect(decodeEscape('x\\nY', 1)).toEqual({ value: '\n', end: 3 });
		expect(decodeEscape('\\u{41}Z', 0)).toEqual({ value: 'A', end: 6 });
	});

	test('property: any string JSON.stringify writes decodes back to itself', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
				expect(decodeAll(JSON.stringify(value).slice(1, -1))).toBe(value);
			}),
			{ numRuns: 2000 }
		);
	});
});
