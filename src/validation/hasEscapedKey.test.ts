import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasEscapedKey } from './hasEscapedKey';
import { jsonText } from './jsonTexts.test-helper';
import { parseJson } from './parseJson';
import type { JsonNode } from './sourceTree';

/** The obvious way: some key's text in the parser's tree holds a backslash. */
function escapedKeyInTree(text: string, node: JsonNode): boolean {
	if (node.kind === 'array') return node.items.some((item) => escapedKeyInTree(text, item));
	if (node.kind !== 'object') return false;
	return node.properties.some((property) => text.slice(property.keySpan.start, property.keySpan.end).includes('\\') || escapedKeyInTree(text, property.value));
}

describe('hasEscapedKey', () => {
	test('keys with escapes, and escapes only in values', () => {
		expect(hasEscapedKey('{"\\u0061": 1}')).toBe(true);
		expect(hasEscapedKey('[{"a": "\\"x\\":"}, {"b\\\\" \n : 2}]')).toBe(true);
		expect(hasEscapedKey('{"a": "\\"x\\":", "b": ["\\\\", "\\n"]}')).toBe(false);
		expect(hasEscapedKey('"\\\\"')).toBe(false);
	});

	test('agrees with the parser tree on any JSON', () => {
		fc.assert(
			fc.property(jsonText, (text) => {
				const parsed = parseJson(text);
				if (!parsed.ok) throw new Error(`not JSON: ${text}`);
				expect(hasEscapedKey(text)).toBe(escapedKeyInTree(text, parsed.root));
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);
});
