import { expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { formatTypeScript, jsonToTypeScript, typeScriptToJson } from './typescriptMode';

const model = getModel('createorupdateauthsessionstart');

test('JSON -> TypeScript -> JSON round-trips the value', () => {
	const json = '{\n  "status": "Started",\n  "operationId": "x"\n}\n';
	const typescript = jsonToTypeScript(json, model)!;
	expect(typescript).toContain('let value: CreateOrUpdateAuthSessionStart = {\n  status: "Started",');
	expect(typeScriptToJson(typescript, model)).toBe(json);
});

test('text that does not parse is not converted', () => {
	expect(jsonToTypeScript('{"status": ', model)).toBeUndefined();
	expect(typeScriptToJson('let value = { status: getStatus() };', model)).toBeUndefined();
});

test('format rewrites a readable snippet in the docs style', () => {
	expect(formatTypeScript("const value={status:'started',operationId:'x'}", model)).toBe(
		'import { CreateOrUpdateAuthSessionStart } from "@intuned/client/models/components";\n\nlet value: CreateOrUpdateAuthSessionStart = {\n  status: "started",\n  operationId: "x",\n};\n'
	);
});

test('switching modes renames keys: info_request_id in JSON, infoRequestId in TypeScript', async () => {
	const { getModel } = await import('../schemas/registry');
	const resume = getModel('authsessioncreateresume');
	const ts = jsonToTypeScript('{"input": "1", "info_request_id": "r", "extra": true}', resume)!;
	expect(ts).toContain('infoRequestId: "r"');
	expect(ts).toContain('extra: true');
	expect(JSON.parse(typeScriptToJson(ts, resume)!)).toEqual({ input: '1', info_request_id: 'r', extra: true });
});

test('with code around the value, format rewrites only the value, in place, and conversion takes the value', async () => {
	const { getModel } = await import('../schemas/registry');
	const request = getModel('createauthsessionrequest');
	const text = 'async function run() {\n  const result = await client.project.authSessions.create.start("p", {id:"x",parameters:{"key":1}});\n  console.log(result);\n}';
	expect(formatTypeScript(text, request)).toBe(
		'async function run() {\n  const result = await client.project.authSessions.create.start("p", {\n    id: "x",\n    parameters: {\n      key: 1,\n    },\n  });\n  console.log(result);\n}'
	);
	expect(typeScriptToJson(text, request)).toBe('{\n  "id": "x",\n  "parameters": {\n    "key": 1\n  }\n}\n');
});

test('format leaves alone what it would change: computed parts, NaN, undefined', () => {
	expect(formatTypeScript('let value = { status: "started", operationId: id };', model)).toBeUndefined();
	expect(formatTypeScript('let value = { status: "started", operationId: NaN };', model)).toBeUndefined();
	expect(formatTypeScript('let value = { status: "started", operationId: undefined };', model)).toBeUndefined();
	expect(formatTypeScript('let value = { status: CreateOrUpdateAuthSessionStartStatus.Started, operationId: "x" };', model)).toContain('status: "started",');
});
