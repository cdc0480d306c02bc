import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonText } from './jsonTexts.test-helper';
import { parseJson } from './parseJson';
import { readJson } from './readJson';
import type { JsonNode } from './sourceTree';

function plain(node: JsonNode): unknown {
	if (node.kind === 'object') {
		const properties = node.properties.map((property) => ({ key: property.key, keySpan: { ...property.keySpan }, value: plain(property.value) }));
		return { kind: node.kind, start: node.start, end: node.end, properties };
	}
	if (node.kind === 'array') return { kind: node.kind, start: node.start, end: node.end, items: node.items.map(plain) };
	return { kind: node.kind, start: node.start, end: node.end };
}

describe('readJson', () => {
	test('JSON: the parser’s value, tree, repeated-key flag and depth', () => {
		fc.assert(
			fc.property(jsonText, (text) => {
				const read = readJson(text);
				const parsed = parseJson(text);
				if (!parsed.ok || 'errors' in read) throw new Error(`not read as JSON: ${text}`);
				// The value is JSON.parse's (parseJson.test.ts holds the parser's value to it).
				expect(JSON.stringify(read.value)).toBe(JSON.stringify(parsed.value));
				expect(read.repeatedKeys).toBe(parsed.repeatedKeys);
				expect(read.maxDepth).toBe(parsed.maxDepth);
				expect(plain(read.root)).toEqual(plain(parsed.root));
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);

	test('not JSON: the parser’s error, worded for readers, with its fix', () => {
		expect(readJson('{"a": 1,}')).toEqual({
			errors: [
				expect.objectContaining({ code: 'syntax', kind: 'trailing_comma', start: 7, end: 8, fixes: [expect.objectContaining({ edits: [{ start: 7, end: 8, text: '' }] })] }),
			],
			maxDepth: 1,
		});
		expect(readJson('')).toEqual({ errors: [expect.objectContaining({ code: 'syntax', start: 0, end: 0 })], maxDepth: 0 });
	});
});

describe('readJson and V8’s JSON.parse', () => {
	test('a key written with an escape keeps its name after another object had a backslash key at its place', () => {
		JSON.parse('{"readJsonTest": 1, "\\\\": 2}');
		const read = readJson('{"readJsonTest": 1, "\\u0061": 2}');
		if ('errors' in read) throw new Error('not read as JSON');
		expect(read.value).toEqual({ readJsonTest: 1, a: 2 });
		if (read.root.kind !== 'object') throw new Error('not an object');
		expect(read.root.properties.map((property) => property.key)).toEqual(['readJsonTest', 'a']);
	});
});
