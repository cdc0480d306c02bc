/**
 * Whether a key can be written bare: in a TypeScript object literal (`status: …`) and in a path
 * (`a.status`). ASCII only, on purpose: anything else is quoted, which is always correct. That is
 * `/^[A-Za-z_$][A-Za-z0-9_$]*$/`, written as a loop: every warning's path text asks, and a
 * thousand calls of a regex cost more than the loop.
 */
export function isIdentifierName(key: string): boolean {
	if (key.length === 0) return false;
	for (let index = 0; index < key.length; index++) {
		const code = key.charCodeAt(index);
		const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x24;
		if (!letter && (index === 0 || code < 0x30 || code > 0x39)) return false;
	}
	return true;
}
