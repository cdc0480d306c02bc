/** Made once: a regex literal in the function would be a new object at every call. */
const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Whether a key can be written bare: in a TypeScript object literal (`status: …`) and in a path
 * (`a.status`). ASCII only, on purpose: anything else is quoted, which is always correct.
 */
export function isIdentifierName(key: string): boolean {
	return IDENTIFIER_NAME.test(key);
}
