/**
 * How many own keys the objects in a parsed JSON value hold together, and how deep it nests
 * (objects and arrays; 0 for a scalar), walked with an explicit stack: the value may be
 * thousands of levels deep.
 *
 * Beside the number of properties written in its text, the count tells whether any object there
 * repeats a key: `JSON.parse` keeps one copy of each, so the value holds fewer keys exactly when
 * some key is written twice in one object (`lazyJsonTree` uses it so).
 */
export function countOwnKeys(value: unknown): { keys: number; depth: number } {
	let keys = 0;
	let depth = 0;
	const values: unknown[] = [value];
	const depths: number[] = [1];
	while (values.length > 0) {
		const here = values.pop();
		const level = depths.pop()!;
		if (typeof here !== 'object' || here === null) continue;
		if (level > depth) depth = level;
		const children = Array.isArray(here) ? (here as unknown[]) : Object.values(here);
		if (!Array.isArray(here)) keys += children.length;
		for (let index = 0; index < children.length; index++) {
			const child = children[index];
			if (typeof child === 'object' && child !== null) {
				values.push(child);
				depths.push(level + 1);
			}
		}
	}
	return { keys, depth };
}
