import { ENUM_PATH, MODEL_PATH } from './fixtures';

/**
 * What a reader searches for, and the page that must come first (any one of `first`). Checked by
 * tests/e2e/search.spec.ts: add a row for each field name, enum value or operation that has a
 * page of its own.
 */
export const SEARCH_CASES: readonly { query: string; first: readonly string[] }[] = [
	// A field name: the model that defines it, above pages that only mention it.
	{ query: 'operationId', first: [MODEL_PATH] },
	// An enum value: the enum, the model whose field takes it, or the operation that returns it
	// (Pagefind stems "started" to "start", the operation's name, and weighs that title highest).
	{ query: 'started', first: [ENUM_PATH, MODEL_PATH, '/operations/start/'] },
	// A renamed key's wire name: the model whose field it is.
	{ query: 'info_request_id', first: ['/models/authsessioncreateresume/'] },
	// A union member's tag value: its enum or its member model.
	{
		query: 'requested_more_info',
		first: ['/models/authsessioncreaterequestedmoreinforesultstatus/', '/models/authsessioncreaterequestedmoreinforesult/'],
	},
	// An operation: its page.
	{ query: 'resume', first: ['/operations/resume/'] },
];
