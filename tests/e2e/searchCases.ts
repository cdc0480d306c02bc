import { ENUM_PATH, MODEL_PATH } from './fixtures';

/**
 * What a reader searches for, and the page that must come first (any one of `first`). Checked by
 * tests/e2e/search.spec.ts: add a row for each field name, enum value or operation that has a
 * page of its own.
 */
export const SEARCH_CASES: readonly { query: string; first: readonly string[] }[] = [
	// A field name: the model that defines it, above pages that only mention it.
	{ query: 'operationId', first: [MODEL_PATH] },
	// An enum value: the enum, or the model whose field takes it.
	{ query: 'started', first: [ENUM_PATH, MODEL_PATH] },
];
