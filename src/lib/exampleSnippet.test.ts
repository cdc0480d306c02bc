import { expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { exampleSnippet } from './exampleSnippet';
import { toTypeScriptLiteral } from './toTypeScriptLiteral';

test('the model snippet is the seed page Example Usage', () => {
	const model = getModel('createorupdateauthsessionstart');
	expect(exampleSnippet(model, model.examples[0])).toBe(
		[
			'import { CreateOrUpdateAuthSessionStart } from "@intuned/client/models/components";',
			'',
			'let value: CreateOrUpdateAuthSessionStart = {',
			'  status: "started",',
			'  operationId: "<value>",',
			'};',
			'',
		].join('\n')
	);
});

test('the enum snippet is the seed facts example usage', () => {
	const model = getModel('createorupdateauthsessionstartstatus');
	expect(exampleSnippet(model, model.examples[0])).toContain(
		'let value: CreateOrUpdateAuthSessionStartStatus = "started";'
	);
});

test('toTypeScriptLiteral quotes non-identifier keys and nests with trailing commas', () => {
	expect(toTypeScriptLiteral({ a: [1, { 'b-c': null }], $ok: true, e: [], f: {} })).toBe(
		[
			'{',
			'  a: [',
			'    1,',
			'    {',
			'      "b-c": null,',
			'    },',
			'  ],',
			'  $ok: true,',
			'  e: [],',
			'  f: {},',
			'}',
		].join('\n')
	);
});

test('toTypeScriptLiteral escapes strings as JSON does', () => {
	expect(toTypeScriptLiteral('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
});
