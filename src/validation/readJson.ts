import { hasEscapedKey } from './hasEscapedKey';
import { jsonSyntaxFix } from './jsonSyntaxFix';
import { lazyJsonTree, type LazyJsonTree } from './lazyJsonTree';
import { parseJson } from './parseJson';
import type { JsonNode, ParsedSource, ReadResult } from './sourceTree';

/**
 * Reads JSON text for the engine: the value, the tree of source spans, whether some object
 * repeats a key, and the deepest nesting; or the first syntax error, with its fix.
 *
 * Text `JSON.parse` accepts (nearly every check in a playground) takes the fast way: the engine's
 * own parser builds the value, and the tree is made lazily (`lazyJsonTree`), only where the check
 * looks; `repeatedKeys` and `maxDepth` are worked out when first read, after the check's walks.
 * Anything else goes to `parseJson`, which finds and words the syntax error, and so does JSON
 * with a key written with an escape (`hasEscapedKey`: V8's `JSON.parse` can misname such a key).
 * For JSON both ways give the same result (a differential test).
 */
export function readJson(text: string): ReadResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return readWithParser(text);
	}
	// A key written with an escape can get a wrong name from V8's JSON.parse (see hasEscapedKey).
	if (hasEscapedKey(text)) return readWithParser(text);
	return new LazyRead(lazyJsonTree(text, value), value);
}

/**
 * What the fast way gives back: `repeatedKeys` and `maxDepth` are worked out when first read. A
 * class, not an object literal with getters: V8 makes such a literal's getters anew at each call,
 * in a call to its runtime, which showed in the profile of a 1 KB check.
 */
class LazyRead implements ParsedSource {
	readonly root: JsonNode;

	constructor(
		private readonly tree: LazyJsonTree,
		readonly value: unknown
	) {
		this.root = tree.root;
	}

	get repeatedKeys(): boolean {
		return this.tree.structure().repeatedKeys;
	}

	get maxDepth(): number {
		return this.tree.structure().maxDepth;
	}
}

/** The parser's way: a full tree, or the syntax error worded for readers, with a fix when there is one. */
function readWithParser(text: string): ReadResult {
	const parsed = parseJson(text);
	if (!parsed.ok) {
		const fix = jsonSyntaxFix(text, parsed.error);
		return { errors: [{ ...parsed.error, code: 'syntax', ...(fix && { fixes: [fix] }) }], maxDepth: parsed.maxDepth };
	}
	return { root: parsed.root, value: parsed.value, repeatedKeys: parsed.repeatedKeys, maxDepth: parsed.maxDepth };
}
