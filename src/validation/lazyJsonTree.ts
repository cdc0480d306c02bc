import { countOwnKeys } from './countOwnKeys';
import { hasRepeatedKey, PAIRWISE_LIMIT } from './hasRepeatedKey';
import type { ObjectMembers } from './objectMembers';
import type { JsonNode, PropertyNode, Span } from './sourceTree';

/**
 * The tree of source spans `parseJson` builds, node for node, for a text `JSON.parse` has already
 * read (its `value` is given): made lazily, as the engine's walks ask for it. An object's
 * properties and an array's items are read from the text the first time they are asked for; a
 * nested value nobody asks about is stepped over, and never made into nodes.
 *
 * Stepping over a container needs its end. Where the value says a container is the last member of
 * its object or array, its end is found from the end of its parent (the last character before the
 * closing bracket), without reading it; for an object's member this holds only when no key of the
 * object is repeated, which is checked by counts (the `:` in its text against the keys its value
 * holds, which can only be equal when none is repeated) before it is relied on. Otherwise the
 * container is scanned to its closing bracket.
 *
 * `structure()` then says what the parser would have: whether some object repeats a key, and the
 * deepest nesting. Objects read are checked key by key; a container never read is checked by its
 * counts, and read in full only when they differ (a repeated key, or a `:` inside a string).
 */
export interface LazyJsonTree {
	root: JsonNode;
	/** Whether some object repeats a key, and the deepest nesting (0 for a scalar root). */
	structure(): { repeatedKeys: boolean; maxDepth: number };
}

export function lazyJsonTree(text: string, value: unknown): LazyJsonTree {
	const source: Source = { text, ends: undefined, backslashes: text.includes('\\') };
	const start = skipWhitespace(text, 0);
	let end = text.length;
	while (isWhitespace(text.charCodeAt(end - 1))) end--;
	const code = text.charCodeAt(start);
	const root =
		code === 0x7b
			? new LazyObject(source, start, end, 1, undefined, value)
			: code === 0x5b
				? new LazyArray(source, start, end, 1, undefined, value)
				: scalarNode(text, start, scalarEnd(text, start));
	let structure: { repeatedKeys: boolean; maxDepth: number } | undefined;
	return {
		root,
		structure: () => (structure ??= root instanceof LazyContainer ? structureOf(root) : { repeatedKeys: false, maxDepth: 0 }),
	};
}

/** The text, and the end of every container a scan has passed (by start), so none is scanned twice. */
interface Source {
	text: string;
	ends: Map<number, number> | undefined;
	/** Whether the text holds a backslash at all: if not, no key needs decoding. */
	backslashes: boolean;
}

/**
 * What the counts say of a container: `proved` when its text holds exactly its parsed value (no
 * repeated key inside, so every container inside is kept too), with the depth of that value when
 * it was counted here (not inherited); `failed` when they did not match, so nothing inside is
 * counted again (each count walks the whole value, and doing so at every level would be quadratic).
 */
type Counts = { kind: 'proved'; depth?: number } | { kind: 'failed' } | undefined;

abstract class LazyContainer {
	counts: Counts;
	#kept: boolean | undefined;

	constructor(
		readonly source: Source,
		readonly start: number,
		readonly end: number,
		/** 1 for the root, as the parser counts nesting. */
		readonly depth: number,
		readonly parent: LazyContainer | undefined,
		/** The parsed value, when known to be this container's (see `kept`). */
		private readonly givenValue?: unknown
	) {}

	abstract readonly read: boolean;
	/** Whether some key of this object is repeated (false for arrays); reads it. */
	abstract repeatsKey(): boolean;
	/** The objects and arrays directly inside; reads this container. */
	abstract containers(): LazyContainer[];

	/**
	 * Whether this container's copy is the one the parsed value holds: true unless some object on
	 * the way up repeats a key (a repeated key's other copies are not in the value).
	 */
	get kept(): boolean {
		return (this.#kept ??= this.parent === undefined || (this.parent.kept && !this.parent.repeatsKey()));
	}

	/** This container's parsed value; only meaningful when `kept`. */
	parsedValue(): unknown {
		return this.givenValue;
	}

	/** Compares the counts of this container's text and value, once; see `Counts`. */
	countOnce(): void {
		if (this.counts) return;
		const count = countOwnKeys(this.givenValue);
		this.counts = colonCount(this.source.text, this.start, this.end) === count.keys ? { kind: 'proved', depth: count.depth } : { kind: 'failed' };
	}

	/**
	 * The node of the container starting at `start` (`code`: its bracket), a member of this one,
	 * whose parsed value is `value()` (when this container is kept); `isLast` when the parsed value
	 * says it is the last member.
	 */
	protected container(start: number, code: number, value: () => unknown, isLast: () => boolean): LazyContainer & JsonNode {
		const { source } = this;
		const kept = this.kept;
		const own = kept ? value() : undefined;
		let end: number | undefined;
		let counts: Counts;
		if (this.counts?.kind === 'proved') counts = { kind: 'proved' };
		else if (this.counts?.kind === 'failed') counts = this.counts;
		if (kept && counts?.kind !== 'failed' && isLast()) {
			const lastEnd = lastValueEnd(source.text, this.end);
			// An array's last item is the last in the text; an object's last key is its last member
			// only when no key is repeated, which its counts prove (or this object's already have).
			if (this instanceof LazyArray || counts) end = lastEnd;
			else {
				const count = countOwnKeys(own);
				if (colonCount(source.text, start, lastEnd) === count.keys) {
					end = lastEnd;
					counts = { kind: 'proved', depth: count.depth };
				} else counts = { kind: 'failed' };
			}
		}
		end ??= containerEnd(source, start);
		// A container that is not kept has no value of its own in the parsed value.
		const node =
			code === 0x7b
				? new LazyObject(source, start, end, this.depth + 1, this, own)
				: new LazyArray(source, start, end, this.depth + 1, this, own);
		node.counts = counts;
		return node;
	}
}

/**
 * Objects of more than `PAIRWISE_LIMIT` keys (checked pair by pair, cheaper than counting) and up
 * to this many are checked by counts; V8 keeps such objects in its fast form.
 */
const COUNTED_KEYS = 64;

class LazyObject extends LazyContainer implements ObjectMembers {
	readonly kind = 'object';
	#keys: string[] | undefined;
	/**
	 * Where each member's key starts. The key's end and the value's span are found again from it
	 * when a problem asks (a few members out of thousands): keeping all four offsets of every
	 * member cost more than reading the keys themselves (a megabyte of one repeated key: 4.9 ms
	 * to read with four, 3.1 with one; a micro-benchmark on the bench's payloads).
	 */
	#starts: number[] = [];
	/** By member index: the value's node when it is a container (made as the object is read: its end is needed). */
	#containers: Map<number, LazyContainer & JsonNode> | undefined;
	#made: (PropertyNode | undefined)[] = [];
	#properties: PropertyNode[] | undefined;
	#repeatsKey: boolean | undefined;

	get read(): boolean {
		return this.#keys !== undefined;
	}

	/**
	 * Each property's key, in text order; reads the object (no node is made for its properties).
	 * The reading is a method of its own: a getter this small is inlined where it is asked for (each
	 * problem asks several times), where one holding the whole reading loop was a call every time.
	 */
	get keys(): readonly string[] {
		return this.#keys ?? this.readKeys();
	}

	private readKeys(): readonly string[] {
		const { text, backslashes } = this.source;
		const keys: string[] = [];
		const starts: number[] = [];
		let containers: Map<number, LazyContainer & JsonNode> | undefined;
		let pos = skipWhitespace(text, this.start + 1);
		if (text.charCodeAt(pos) !== 0x7d) {
			for (;;) {
				const keyStart = pos;
				// With no backslash in the text, a string ends at the next quote.
				const keyEnd = backslashes ? stringEnd(text, pos) : text.indexOf('"', pos + 1) + 1;
				const key = backslashes ? keyText(text, keyStart, keyEnd) : text.slice(keyStart + 1, keyEnd - 1);
				const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
				const code = text.charCodeAt(valueStart);
				let valueEnd: number;
				if (code === 0x22) valueEnd = backslashes ? stringEnd(text, valueStart) : text.indexOf('"', valueStart + 1) + 1;
				else if (code === 0x7b || code === 0x5b) {
					// In a method of its own: closures here would make every pass of this loop allocate.
					const container = this.member(valueStart, code, key, keys.length);
					(containers ??= new Map()).set(keys.length, container);
					valueEnd = container.end;
				} else valueEnd = scalarEnd(text, valueStart);
				starts.push(keyStart);
				keys.push(key);
				pos = skipWhitespace(text, valueEnd);
				if (text.charCodeAt(pos) !== 0x2c) break;
				pos = skipWhitespace(text, pos + 1);
			}
		}
		this.#starts = starts;
		this.#containers = containers;
		this.#keys = keys;
		return keys;
	}

	#memberCount: number | undefined;

	/** The node of the container that is the value of the `index`-th member, `key`. */
	private member(start: number, code: number, key: string, index: number): LazyContainer & JsonNode {
		const record = this.parsedValue() as Record<string, unknown>;
		return this.container(
			start,
			code,
			() => record[key],
			() => index === (this.#memberCount ??= Object.keys(record).length) - 1
		);
	}

	/** The `index`-th property, made when first asked for. */
	property(index: number): PropertyNode {
		const made = this.#made[index];
		if (made) return made;
		const keyStart = this.keyStart(index);
		const keyEnd = this.keyEnd(index);
		let value: JsonNode | undefined = this.#containers?.get(index);
		if (!value) {
			const valueStart = this.valueStartAfter(keyEnd);
			value = scalarNode(this.source.text, valueStart, scalarEnd(this.source.text, valueStart));
		}
		const property: PropertyNode = { key: this.keys[index]!, keySpan: { start: keyStart, end: keyEnd }, value };
		this.#made[index] = property;
		return property;
	}

	keySpan(index: number): Span {
		return { start: this.keyStart(index), end: this.keyEnd(index) };
	}

	keyStart(index: number): number {
		this.keys;
		return this.#starts[index]!;
	}

	/** Just past the `index`-th key's closing quote: found again from its start (see `#starts`). */
	keyEnd(index: number): number {
		const start = this.keyStart(index);
		// With no backslash in the text, a key is its text between the quotes.
		return this.source.backslashes ? stringEnd(this.source.text, start) : start + this.keys[index]!.length + 2;
	}

	valueEnd(index: number): number {
		const container = this.#containers?.get(index);
		if (container) return container.end;
		return scalarEnd(this.source.text, this.valueStartAfter(this.keyEnd(index)));
	}

	/**
	 * Where the value of the member whose key ends at `keyEnd` starts: past the `:`. For the members
	 * a problem asks about; reading the keys finds it inline, on its way.
	 */
	private valueStartAfter(keyEnd: number): number {
		const { text } = this.source;
		return skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
	}

	/** Whether the `index`-th property's value is an object or an array. */
	holdsContainer(index: number): boolean {
		this.keys;
		return this.#containers?.has(index) ?? false;
	}

	get properties(): PropertyNode[] {
		if (this.#properties) return this.#properties;
		const count = this.keys.length;
		const properties: PropertyNode[] = [];
		for (let index = 0; index < count; index++) properties.push(this.property(index));
		this.#properties = properties;
		return properties;
	}

	members(): ObjectMembers {
		return this;
	}

	repeatsKey(): boolean {
		return (this.#repeatsKey ??= this.keysRepeated());
	}

	/**
	 * A kept object of up to `COUNTED_KEYS` keys is checked by counts: its parsed value holds one
	 * property per distinct key, so it repeats a key exactly when it holds fewer than its text.
	 * Counting an object of that size costs less than hashing its keys; a bigger one is hashed
	 * (the value's keys of a big object cost more to list than the text's keys to hash).
	 */
	private keysRepeated(): boolean {
		const { keys } = this;
		if (keys.length > PAIRWISE_LIMIT && keys.length <= COUNTED_KEYS && this.kept) {
			return Object.keys(this.parsedValue() as object).length !== keys.length;
		}
		return hasRepeatedKey(keys);
	}

	containers(): LazyContainer[] {
		this.keys;
		return this.#containers ? [...this.#containers.values()] : [];
	}
}

class LazyArray extends LazyContainer {
	readonly kind = 'array';
	#items: JsonNode[] | undefined;

	get read(): boolean {
		return this.#items !== undefined;
	}

	get items(): JsonNode[] {
		if (this.#items) return this.#items;
		const { text } = this.source;
		const items: JsonNode[] = [];
		let pos = skipWhitespace(text, this.start + 1);
		if (text.charCodeAt(pos) !== 0x5d) {
			for (;;) {
				const code = text.charCodeAt(pos);
				const item = code === 0x7b || code === 0x5b ? this.item(pos, code, items.length) : scalarNode(text, pos, scalarEnd(text, pos));
				items.push(item);
				pos = skipWhitespace(text, item.end);
				if (text.charCodeAt(pos) !== 0x2c) break;
				pos = skipWhitespace(text, pos + 1);
			}
		}
		this.#items = items;
		return items;
	}

	/** The node of the container that is the `index`-th item (closures in its own method, not the loop's). */
	private item(start: number, code: number, index: number): LazyContainer & JsonNode {
		const list = this.parsedValue() as unknown[];
		return this.container(
			start,
			code,
			() => list[index],
			() => index === list.length - 1
		);
	}

	repeatsKey(): boolean {
		return false;
	}

	containers(): LazyContainer[] {
		return this.items.filter((item): item is LazyContainer & JsonNode => item instanceof LazyContainer);
	}
}

/**
 * Repeated keys and depth over the whole tree: objects read are checked key by key; a container
 * not read is taken from its counts when they prove it (kept, and as many `:` as keys), and read
 * otherwise. An explicit stack: the text may nest thousands of levels.
 */
function structureOf(root: LazyContainer): { repeatedKeys: boolean; maxDepth: number } {
	let repeatedKeys = false;
	let maxDepth = 0;
	const stack: LazyContainer[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.counts === undefined && !node.read && node.kept) node.countOnce();
		if (node.counts?.kind === 'proved') {
			// Proved here or above: above, the node that was counted gives the depth of all of it.
			if (node.counts.depth !== undefined) maxDepth = Math.max(maxDepth, node.depth - 1 + node.counts.depth);
			continue;
		}
		maxDepth = Math.max(maxDepth, node.depth);
		if (node.repeatsKey()) repeatedKeys = true;
		for (const child of node.containers()) stack.push(child);
	}
	return { repeatedKeys, maxDepth };
}

function isWhitespace(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipWhitespace(text: string, pos: number): number {
	while (isWhitespace(text.charCodeAt(pos))) pos++;
	return pos;
}

/** The end of the last value before a container's closing bracket (`end` is just past the bracket). */
function lastValueEnd(text: string, end: number): number {
	let pos = end - 1;
	while (isWhitespace(text.charCodeAt(pos - 1))) pos--;
	return pos;
}

/** Just past the `"` that closes the string starting at `start` (found by the engine's own search). */
function stringEnd(text: string, start: number): number {
	let close = text.indexOf('"', start + 1);
	// A quote after an odd run of backslashes is part of the string.
	while (text.charCodeAt(close - 1) === 0x5c) {
		let backslashes = 1;
		while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
		if (backslashes % 2 === 0) break;
		close = text.indexOf('"', close + 1);
	}
	return close + 1;
}

/**
 * Just past the bracket that closes the object or array starting at `start`. The ends of the
 * containers inside are kept too: reading them later does not scan them again.
 */
function containerEnd(source: Source, start: number): number {
	const { text } = source;
	const ends = (source.ends ??= new Map());
	const known = ends.get(start);
	if (known !== undefined) return known;
	const open: number[] = [];
	for (let pos = start; ; ) {
		const code = text.charCodeAt(pos);
		if (code === 0x22) {
			pos = stringEnd(text, pos);
			continue;
		}
		if (code === 0x7b || code === 0x5b) open.push(pos);
		else if (code === 0x7d || code === 0x5d) {
			ends.set(open.pop()!, pos + 1);
			if (open.length === 0) return pos + 1;
		}
		pos++;
	}
}

/** How many `:` the text holds from `start` to `end`. */
function colonCount(text: string, start: number, end: number): number {
	let count = 0;
	for (let at = text.indexOf(':', start); at !== -1 && at < end; at = text.indexOf(':', at + 1)) count++;
	return count;
}

/** Just past the string, number, `true`, `false` or `null` starting at `start`. */
function scalarEnd(text: string, start: number): number {
	const code = text.charCodeAt(start);
	if (code === 0x22) return stringEnd(text, start);
	if (code === 0x74 || code === 0x6e) return start + 4;
	if (code === 0x66) return start + 5;
	let end = start + 1;
	for (; ; end++) {
		const c = text.charCodeAt(end);
		if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d)) return end;
	}
}

function scalarNode(text: string, start: number, end: number): JsonNode {
	const code = text.charCodeAt(start);
	const kind = code === 0x22 ? 'string' : code === 0x74 || code === 0x66 ? 'boolean' : code === 0x6e ? 'null' : 'number';
	return { kind, start, end };
}

/** A key's value, as `parseJson` reads it: the text between the quotes, or `JSON.parse`'s reading when it holds an escape. */
function keyText(text: string, start: number, end: number): string {
	const inner = text.slice(start + 1, end - 1);
	return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}
