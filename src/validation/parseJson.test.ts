import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseJson } from './parseJson';
import type { JsonNode } from './sourceTree';

function accepts(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

describe('parseJson', () => {
	test('records the span of every node and key', () => {
		const text = '{ "a": [1, "x"], "b": null }';
		const result = parseJson(text);
		expect(result.ok).toBe(true);
		if (!result.ok || result.root.kind !== 'object') throw new Error('expected an object');
		const [a, b] = result.root.properties;
		expect(text.slice(a!.keySpan.start, a!.keySpan.end)).toBe('"a"');
		expect(text.slice(a!.value.start, a!.value.end)).toBe('[1, "x"]');
		expect(text.slice(b!.value.start, b!.value.end)).toBe('null');
		expect(result.root).toMatchObject({ start: 0, end: text.length });
	});

	test('decodes escaped keys', () => {
		const result = parseJson('{"st\\u0061tus": 1}');
		expect(result.ok && result.root.kind === 'object' && result.root.properties[0]!.key).toBe('status');
	});

	test.each([
		['', 'The text is empty', 0],
		['   ', 'The text is empty', 0],
		['{"a": 1} // note', 'Unexpected text after the JSON value', 9],
		['// note\n{}', 'Comments are not allowed', 0],
		['{"a": 1, /* c */ "b": 2}', 'Comments are not allowed', 9],
		['{"a": 1,}', 'Trailing comma', 7],
		['[1, 2,]', 'Trailing comma', 5],
		["{'a': 1}", 'Property names must use double quotes', 1],
		["{\"a\": 'x'}", 'Strings must use double quotes', 6],
		['{a: 1}', 'Property names must be strings in double quotes', 1],
		['{"a": NaN}', '`NaN` is not a JSON value', 6],
		['{"a": -Infinity}', '`-Infinity` is not a JSON value', 6],
		['{"a": undefined}', '`undefined` is not a JSON value', 6],
		['{"a": 01}', 'Invalid number', 6],
		['{"a": 1.}', 'Invalid number', 6],
		['{"a": .5}', 'Invalid number', 6],
		['{"a": +1}', 'Invalid number', 6],
		['{"a": 0x1F}', 'Invalid number', 6],
		['{"a": "x\ny"}', 'a string cannot span lines', 8],
		['{"a": "x\ty"}', 'Control characters must be escaped', 8],
		['{"a": "\\x"}', 'Invalid escape `\\x`', 7],
		['{"a": "\\u12"}', 'Invalid `\\u` escape', 7],
		['{"a": "open', 'Unterminated string', 6],
		['{"a" 1}', 'Expected `:` after the property name', 5],
		['{"a": 1 "b": 2}', 'Expected `,` or `}` after a property value', 8],
		['[1 2]', 'Expected `,` or `]` after an array item', 3],
		['{"a": 1', 'Unexpected end of text: `}` is missing (opened at line 1, column 1)', 7],
		['{"a": }', 'Unexpected `}`: a value is missing', 6],
		['{"a": tru}', 'Unexpected character', 6],
		['{,}', 'Property names must be strings', 1],
	])('%j is a syntax error: %s at offset %i', (text, message, offset) => {
		const result = parseJson(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.message).toContain(message);
		expect(result.error.start).toBe(offset);
		expect(accepts(text)).toBe(false);
	});

	test('10,000-deep nesting parses without overflowing the stack', () => {
		const deep = '['.repeat(10_000) + ']'.repeat(10_000);
		const result = parseJson(deep);
		expect(result.ok).toBe(true);
		expect(result.maxDepth).toBe(10_000);
		const unclosed = parseJson('{"a":'.repeat(10_000));
		expect(unclosed.ok).toBe(false);
	});

	test('a long flat array parses without recursion', () => {
		const text = `[${Array.from({ length: 200_000 }, (_, i) => i).join(',')}]`;
		const result = parseJson(text);
		expect(result.ok && result.root.kind === 'array' && result.root.items.length).toBe(200_000);
	});

	test('property: accepts exactly what JSON.parse accepts, on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
				expect(parseJson(text).ok).toBe(accepts(text));
			}),
			{ numRuns: 3000 }
		);
	});

	test('property: accepts exactly what JSON.parse accepts, on mutated JSON', () => {
		const tokens = ['{', '}', '[', ']', ',', ':', '"a"', '"\\u00e9"', '1', '-0.5e3', 'true', 'null', ' ', '\n', "'", '/', '01', 'NaN'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				expect(parseJson(text).ok).toBe(accepts(text));
			}),
			{ numRuns: 5000 }
		);
	});

	test('property: the value is exactly what JSON.parse builds (numbers, -0, key order, repeated keys, __proto__, lone surrogates), and repeatedKeys is right', () => {
		const key = fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString', '0', '1', '10', '-1', '\ud800'), fc.string({ unit: 'binary', maxLength: 4 }));
		const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 5e-324, 2 ** 53 + 1)).map((n) => (Number.isFinite(n) ? JSON.stringify(n) : '0'));
		const written = fc.constantFrom('1e400', '-0', '0.1e-400', '123456789012345678901234567890', '1E+2', '"\\ud800"', '"\\udc00x"', '"\\u0041\\n"', '"\ud800"');
		const { text } = fc.letrec<{ text: string }>((tie) => ({
			text: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				number,
				written,
				fc.string({ unit: 'binary', maxLength: 6 }).map((s) => JSON.stringify(s)),
				fc.constantFrom('true', 'false', 'null'),
				fc.array(tie('text'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
				fc.array(fc.tuple(key, tie('text')), { maxLength: 5 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`)
			),
		}));
		fc.assert(
			fc.property(text, (source) => {
				const result = parseJson(source);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				expectSameValue(result.value, JSON.parse(source));
				expect(result.repeatedKeys).toBe(hasRepeatedKey(result.root));
			}),
			{ numRuns: 5000 }
		);
	});

	test('property: any serialised JSON value parses', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
				expect(parseJson(JSON.stringify(value, null, indent)).ok).toBe(true);
			})
		);
	});
});

/** Deep sameness stricter than `toEqual`: Object.is on scalars, own keys in order, the same prototype. */
function expectSameValue(actual: unknown, expected: unknown, path = '$'): void {
	if (typeof expected !== 'object' || expected === null) {
		expect(Object.is(actual, expected), `${path}: ${String(actual)} vs ${String(expected)}`).toBe(true);
		return;
	}
	expect(typeof actual === 'object' && actual !== null, path).toBe(true);
	const a = actual as Record<string, unknown>;
	const e = expected as Record<string, unknown>;
	expect(Object.getPrototypeOf(a), path).toBe(Object.getPrototypeOf(e));
	expect(Reflect.ownKeys(a), path).toEqual(Reflect.ownKeys(e));
	for (const k of Reflect.ownKeys(e) as string[]) {
		expect(Object.getOwnPropertyDescriptor(a, k)?.enumerable, `${path}.${k}`).toBe(Object.getOwnPropertyDescriptor(e, k)?.enumerable);
		expectSameValue(a[k], e[k], `${path}.${k}`);
	}
}

/** Whether some object in the tree holds a key twice, found the slow, obvious way. */
function hasRepeatedKey(node: JsonNode): boolean {
	if (node.kind === 'array') return node.items.some(hasRepeatedKey);
	if (node.kind !== 'object') return false;
	const keys = node.properties.map((property) => property.key);
	return new Set(keys).size !== keys.length || node.properties.some((property) => hasRepeatedKey(property.value));
}
