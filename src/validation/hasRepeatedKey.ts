/**
 * Lists up to this long are compared pair by pair: cheaper than hashing for an object's usual few
 * keys. The engine's other checks of an object's keys (`validate`, `lazyJsonTree`) switch at the same size.
 */
export const PAIRWISE_LIMIT = 8;

/** Tables up to this many slots are plain arrays; bigger ones typed arrays. */
const PLAIN_TABLE_SLOTS = 1024;

/**
 * Whether some key occurs twice in the list (one object's keys, in text order). Long lists go
 * through a hash table of their own: a `Set` of freshly cut strings costs several times more, and
 * a pasted object may hold tens of thousands of keys. A small table is a plain array (a typed
 * array's separate buffer costs more to make than a small table saves); a big one is a typed
 * array, which comes zeroed: filling a plain array of 131,072 slots (a megabyte of keys) cost ten
 * times the whole check of an object whose third key is a repeat, and its lookups were slower too
 * (a micro-benchmark: 42,000 distinct keys 2.9 -> 2.1 ms).
 */
export function hasRepeatedKey(keys: readonly string[]): boolean {
	const count = keys.length;
	if (count <= PAIRWISE_LIMIT) {
		for (let i = 1; i < count; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return true;
		return false;
	}
	let size = 16;
	while (size < count * 2) size *= 2;
	const mask = size - 1;
	/** Index + 1 of the key in each slot; 0 for an empty slot. */
	const slots: number[] | Int32Array = size > PLAIN_TABLE_SLOTS ? new Int32Array(size) : new Array<number>(size).fill(0);
	for (let i = 0; i < count; i++) {
		const key = keys[i]!;
		let slot = hash(key) & mask;
		for (let taken = slots[slot]!; taken !== 0; taken = slots[slot]!) {
			if (keys[taken - 1] === key) return true;
			slot = (slot + 1) & mask;
		}
		slots[slot] = i + 1;
	}
	return false;
}

/** FNV-1a over the UTF-16 code units. */
function hash(key: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return h >>> 0;
}
