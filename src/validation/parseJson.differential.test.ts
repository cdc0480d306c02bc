import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nearModelValue } from './arbitraries.test-helper';
import { parseJson } from './parseJson';
import { referenceParseJson } from './parseJson.reference.test-helper';
import { sourcePositions } from './sourcePositions';
import { referenceSourcePositions } from './sourcePositions.reference.test-helper';

/**
 * The parser and the position table were made faster; their output must not change. These
 * compare them, on the same inputs, with the versions before the change (the reference helpers).
 */

const tokens = ['{', '}', '[', ']', ',', ':', '"a"', '"a\\"b"', '"\\u00e9"', '"\\x"', '"\u0001"', '1', '-0.5e3', '1.', '01', '-', '1e', 'true', 'tru', 'null', ' ', '\n', '\r\n', '\r', '\t', "'", '/', 'NaN', '-Infinity'];
/** JSON-like text: real tokens in any order, so most inputs are near-misses and some are JSON. */
const tokenSoup = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));
/** Serialised values with every kind of indentation and line break. */
const serialised = fc
	.tuple(fc.oneof(fc.jsonValue(), nearModelValue), fc.constantFrom(undefined, 2, '\t'), fc.constantFrom('\n', '\r\n', '\r'))
	.map(([value, indent, newline]) => (JSON.stringify(value, null, indent) ?? 'null').replaceAll('\n', newline));
/** Serialised values cut short or with one character changed. */
const damaged = fc
	.tuple(serialised, fc.nat(), fc.constantFrom('', '"', '\\', ',', '}', ']', '\u0000', 'x', '\n'))
	.map(([text, at, char]) => {
		const i = text.length === 0 ? 0 : at % text.length;
		return text.slice(0, i) + char + text.slice(i + 1);
	});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), tokenSoup, serialised, damaged);

/**
 * The parse, minus the error's `kind` (which mistakes have a one-click fix), added after the
 * reference was taken: everything else must be as before.
 */
function current(text: string): unknown {
	const result = parseJson(text);
	if (result.ok) {
		// The value and `repeatedKeys`, added since, are checked in parseJson.test.ts.
		const { value: _value, repeatedKeys: _repeatedKeys, ...rest } = result;
		return rest;
	}
	if (result.error.kind === undefined) return result;
	const { kind: _kind, ...error } = result.error;
	return { ...result, error };
}

describe('parseJson, differential: the same result as before, node for node', () => {
	test('on arbitrary text, JSON and near-JSON', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expect(current(text)).toEqual(referenceParseJson(text));
			}),
			{ numRuns: 10_000 }
		);
	});

	test('on long strings (read another way past 256 characters): escapes, escaped quotes, mistakes; the value as JSON.parse gives it', () => {
		const part = fc.constantFrom('a', ' ', '\\', '\\\\', '\\"', '"', '\\n', '\\u0041', '\\u00', '\\x', '\n', '\u0001', '\ud800', 'é', '}', ',');
		const text = fc
			.tuple(fc.nat(300), fc.array(part, { maxLength: 12 }), fc.array(part, { maxLength: 12 }), fc.boolean())
			.map(([pad, before, after, asKey]) => {
				const body = `${before.join('')}${'a'.repeat(200 + pad)}${after.join('')}`;
				return asKey ? `{"${body}": 1}` : `["${body}", "x"]`;
			});
		fc.assert(
			fc.property(text, (source) => {
				expect(current(source)).toEqual(referenceParseJson(source));
				const result = parseJson(source);
				if (result.ok) expect(result.value).toEqual(JSON.parse(source));
			}),
			{ numRuns: 5000 }
		);
	});

	test('on the bench shapes: long strings, escapes, numbers, deep nesting', () => {
		const texts = [
			`{"s": "${'lorem \\n ipsum \\u00e9 '.repeat(2000)}"}`,
			`[${Array.from({ length: 2000 }, (_, i) => `${i}, -${i}.5e${i % 7}, "k${i}"`).join(',')}]`,
			`${'{"a":['.repeat(500)}1${']}'.repeat(500)}`,
			`{${Array.from({ length: 500 }, (_, i) => `"dup": ${i}`).join(',\r\n')}}`,
		];
		for (const text of texts) expect(current(text)).toEqual(referenceParseJson(text));
	});
});

describe('sourcePositions, differential', () => {
	test('every offset of arbitrary text with any line breaks, and offsets outside it', () => {
		const text = fc
			.array(fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '\n\r'), fc.string({ maxLength: 5 })), { maxLength: 30 })
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, fc.array(fc.integer({ min: -3, max: 200 }), { maxLength: 10 }), (source, extra) => {
				const positions = sourcePositions(source);
				const reference = referenceSourcePositions(source);
				for (let offset = 0; offset <= source.length; offset++) expect(positions(offset)).toEqual(reference(offset));
				for (const offset of extra) expect(positions(offset)).toEqual(reference(offset));
				// Asked in any order from the start (the table is built as far as asked).
				const fresh = sourcePositions(source);
				for (const offset of extra) expect(fresh(offset)).toEqual(reference(offset));
			}),
			{ numRuns: 5000 }
		);
	});
});
