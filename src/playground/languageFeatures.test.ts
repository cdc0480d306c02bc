import { describe, expect, test } from 'vitest';
import { toJsonSchema } from '../lib/toJsonSchema';
import { getModel, models } from '../schemas/registry';
import { sdkConstants } from '../validation/sdkConstants';
import { cursorContext } from './cursorContext';
import { validateTypeScript } from '../validation/validateTypeScript';
import { completionsAt, hoverAt } from './languageFeatures';
import type { JsonSchemaNode } from './schemaAt';

/**
 * Where completion starts reading: these texts are cut at the cursor, so the reader cannot read
 * them; the editor keeps the start its last verdict found (`Verdict.valueStart`), which for these
 * snippets is just after the `=`.
 */
const valueStart = (text: string, mode: 'json' | 'typescript') => (mode === 'typescript' ? text.indexOf('=') + 1 : 0);

const schema = toJsonSchema(getModel('createorupdateauthsessionstart'), { site: 'http://x/' }) as JsonSchemaNode;
/** Splits `text` at the `|` marker: the cursor. */
const at = (marked: string) => ({ text: marked.replace('|', ''), offset: marked.indexOf('|') });

describe('cursorContext', () => {
	test.each([
		['{|', 'key', []],
		['{ "status": "started", |', 'key', []],
		['{ "status": |', 'value', ['status']],
		['{ "status": "sta|', 'value', ['status']],
		['{ "a": [1, |', 'value', ['a', 1]],
		['{ "a": { "b": { |', 'key', ['a', 'b']],
		['{ status: "started", // note\n op|', 'key', []],
		['{ "status": "started" |', 'none', []],
		['|', 'value', []],
	] as const)('%j -> %s at %j', (marked, slot, path) => {
		const { text, offset } = at(marked);
		const context = cursorContext(text, offset);
		expect(context.slot).toBe(slot);
		expect(context.path).toEqual(path);
	});

	test('knows the keys already written and the token being typed', () => {
		const { text, offset } = at('{ "status": "started", "op|" }');
		const context = cursorContext(text, offset);
		expect(context.presentKeys).toEqual(['status']);
		expect(context.token).toMatchObject({ text: '"op"', value: 'op', quoted: true });
	});
});

describe('completionsAt', () => {
	test('offers the keys not yet written, with type and description', () => {
		const { text, offset } = at('{\n  "status": "started",\n  |\n}');
		const items = completionsAt(text, offset, schema, 'json');
		expect(items.map((item) => item.label)).toEqual(['operationId']);
		expect(items[0]).toMatchObject({
			insertText: '"operationId": ',
			detail: 'string (required)',
			documentation: expect.stringContaining('Operation ID'),
		});
	});

	test('inside a quoted key, replaces the whole string', () => {
		const { text, offset } = at('{ "st|" }');
		const [item] = completionsAt(text, offset, schema, 'json');
		expect(item).toMatchObject({ label: 'status', insertText: '"status": ', filterText: '"status"', replace: { start: 2, end: 6 } });
	});

	test('offers the enum value for status, in JSON and TypeScript', () => {
		for (const mode of ['json', 'typescript'] as const) {
			const { text, offset } = at(mode === 'json' ? '{ "status": |' : 'let value: X = { status: |');
			const items = completionsAt(text, offset, schema, mode, { start: valueStart(text, mode) });
			expect(items.map((item) => item.insertText)).toEqual(['"started"']);
		}
	});

	test('TypeScript keys are unquoted identifiers', () => {
		const text = 'import { X } from "y";\nlet value: X = {\n  ';
		const items = completionsAt(text, text.length, schema, 'typescript', { start: valueStart(text, 'typescript') });
		expect(items.map((item) => item.insertText)).toEqual(['status: ', 'operationId: ']);
	});

	test('nothing to offer after a complete value or for an unknown key', () => {
		expect(completionsAt('{ "status": "started" ', 22, schema, 'json')).toEqual([]);
		expect(completionsAt('{ "nope": ', 10, schema, 'json')).toEqual([]);
	});
});

describe('hoverAt', () => {
	test('on a key: type, required and description', () => {
		const text = '{ "operationId": "x" }';
		const hover = hoverAt(text, 5, schema);
		expect(hover?.markdown).toContain('**operationId**: `string` (required)');
		expect(hover?.markdown).toContain('Operation ID for the auth session creation.');
		expect(hover?.range).toEqual({ start: 2, end: 15 });
	});

	test('on a value, and on a TypeScript key', () => {
		expect(hoverAt('{ "status": "started" }', 14, schema)?.markdown).toContain('**status**: `"started"` (required)');
		const ts = 'let value: X = { operationId: "x" };';
		expect(hoverAt(ts, 20, schema, { start: valueStart(ts, 'typescript') })?.markdown).toContain('**operationId**');
	});

	test('on an SDK constant: its value, then the field', () => {
		const constants = sdkConstants(models);
		const ts = 'let value: X = { status: components.CreateOrUpdateAuthSessionStartStatus.Started, operationId: "x" };';
		const offset = ts.indexOf('Started,');
		const hover = hoverAt(ts, offset, schema, { start: valueStart(ts, 'typescript'), constants });
		expect(hover?.markdown).toMatch(/^\*\*CreateOrUpdateAuthSessionStartStatus\.Started\*\* = `"started"` \(SDK constant\)\n\n\*\*status\*\*/);
		expect(ts.slice(hover!.range.start, hover!.range.end)).toBe('components.CreateOrUpdateAuthSessionStartStatus.Started');
		// Anywhere in the name, even outside the value; nothing for a member the enum lacks.
		expect(hoverAt('x = Status.A;', 5, schema, { constants: { Status: { A: 1 } } })?.markdown).toBe('**Status.A** = `1` (SDK constant)');
		expect(hoverAt('x = Status.B;', 5, schema, { constants: { Status: { A: 1 } } })).toBeUndefined();
		expect(hoverAt(ts, offset, schema, { start: valueStart(ts, 'typescript') })?.markdown).not.toContain('SDK constant');
	});

	test('nothing on punctuation or unknown keys', () => {
		expect(hoverAt('{ "status": "started" }', 0, schema)).toBeUndefined();
		expect(hoverAt('{ "nope": 1 }', 4, schema)).toBeUndefined();
	});
});

describe('completion on a union (anyOf): the keys and values of every member', () => {
	const union = toJsonSchema(getModel('authsessioncreateresult'), { site: 'http://x/' }) as JsonSchemaNode;

	test('keys of all members, each once; status values of all members', () => {
		const keys = completionsAt('{ |'.replace('|', ''), 2, union, 'json').map((entry) => entry.label);
		expect(keys).toEqual(['status', 'authSessionId', 'id', 'details', 'error', 'message']);
		const { text, offset } = at('{ "status": |');
		expect(completionsAt(text, offset, union, 'json').map((entry) => entry.label)).toEqual([
			'"pending"',
			'"done"',
			'"requested_more_info"',
			'"failed"',
		]);
	});

	test('inside a nested union: the keys of Otp and MultipleChoice', () => {
		const { text, offset } = at('{ "status": "requested_more_info", "details": { |');
		expect(completionsAt(text, offset, union, 'json').map((entry) => entry.label)).toEqual(['requestType', 'action', 'messageToUser', 'choices']);
	});

	test('the tag already written picks the member: only its keys are offered', () => {
		const keysAt = (written: string, mode: 'json' | 'typescript' = 'json') => {
			const { text, offset } = at(written);
			return completionsAt(text, offset, union, mode).map((entry) => entry.label);
		};
		expect(keysAt('{ "status": "failed", |')).toEqual(['error', 'message']);
		expect(keysAt('{ "status": "done",\n  |')).toEqual(['authSessionId']);
		expect(keysAt("{ status: 'failed', |", 'typescript')).toEqual(['error', 'message']);
		// Nested: the inner union by its own tag.
		expect(keysAt('{ "status": "requested_more_info", "details": { "requestType": "multiple_choice", |')).toEqual([
			'choices',
			'action',
			'messageToUser',
		]);
		// A tag no member takes (a typo, or a constant not read here) narrows nothing.
		expect(keysAt('{ "status": "faild", |')).toEqual(['authSessionId', 'id', 'details', 'error', 'message']);
		expect(keysAt('{ status: Status.Failed, |', 'typescript')).toEqual(['authSessionId', 'id', 'details', 'error', 'message']);
		// A key after the cursor is not read: the tag must come first to narrow.
		expect(keysAt('{ |, "status": "failed" }')).toEqual(['status', 'authSessionId', 'id', 'details', 'error', 'message']);
	});
});

test('the verdict says where the checked value starts: after the annotation, or at the SDK call\'s body argument', () => {
	const model = getModel('createorupdateauthsessionstart');
	const snippet = 'let value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };';
	expect(validateTypeScript(snippet, model).valueStart).toBe(snippet.indexOf('{'));
	const request = getModel('createauthsessionrequest');
	const call = 'async function run() {\n  const result = await intunedClient.project.authSessions.create.start("my-project", { id: "a" });\n}\n';
	expect(validateTypeScript(call, request).valueStart).toBe(call.indexOf('{ id'));
});
