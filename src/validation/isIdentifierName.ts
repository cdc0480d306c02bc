/**
 * Whether a key can be written bare: in a TypeScript object literal (`status: …`) and in a path
 * (`a.status`). ASCII only, on purpose: anything else is quoted, which is always correct.
 */
export function isIdentifierName(key: string): boolean {
	return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key);
}
