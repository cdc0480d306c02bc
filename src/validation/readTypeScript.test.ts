import fc from 'fast-check';
import { nearModelValue } from './arbitraries.test-helper';
import { describe, expect, test } from 'vitest';
import { exampleSnippet } from '../lib/exampleSnippet';
import { toTypeScriptLiteral } from '../lib/toTypeScriptLiteral';
import { getModel } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { validate } from './validate';
import { typeScriptReadOptions } from './typeScriptReadOptions';
import { validateTypeScript } from './validateTypeScript';
import { readSeedDoc } from '../../scripts/seedDocs.mjs';

const model = getModel('createorupdateauthsessionstart');
const SEED = `import { CreateOrUpdateAuthSessionStart } from "@intuned/client/models/components";

let value: CreateOrUpdateAuthSessionStart = {
  status: "started",
  operationId: "<value>",
};`;

const read = (text: string) => {
	const result = readTypeScript(text, { modelName: model.name });
	return 'value' in result ? result.value : result;
};

describe('readTypeScript: the forms people write', () => {
	test('the seed snippet, as is', () => {
		expect(read(SEED)).toEqual({ status: 'started', operationId: '<value>' });
		expect(validateTypeScript(SEED, model)).toMatchObject({ valid: true, problems: [] });
	});

	test.each([
		['no import line', 'let value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };'],
		['const', 'const value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" }'],
		['var', 'var value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };'],
		['no annotation', 'const value = { status: "started", operationId: "x" };'],
		['satisfies', 'const value = { status: "started", operationId: "x" } satisfies CreateOrUpdateAuthSessionStart;'],
		['as const satisfies', 'const value = { status: "started", operationId: "x" } as const satisfies CreateOrUpdateAuthSessionStart;'],
		['namespaced type', 'let value: components.CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };'],
		['export', 'export const value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };'],
		['quoted keys', 'let value = { "status": "started", \'operationId\': "x" };'],
		['single quotes', "let value = { status: 'started', operationId: 'x' };"],
		['trailing commas', 'let value = {\n  status: "started",\n  operationId: "x",\n};'],
		['comments', '// a value\nlet value = {\n  status: "started", // the only one\n  /* id */ operationId: "x",\n};'],
		['template string', 'let value = { status: `started`, operationId: `x` };'],
		['a bare object', '{ status: "started", operationId: "x" }'],
		['import type and two imports', 'import type { A } from "a";\nimport { CreateOrUpdateAuthSessionStart } from \'b\'\nlet value = { status: "started", operationId: "x" }'],
	])('%s', (_label, text) => {
		expect(read(text)).toEqual({ status: 'started', operationId: 'x' });
		expect(validateTypeScript(text, model).valid).toBe(true);
	});

	test('escapes, numbers and nesting are read as JavaScript reads them', () => {
		expect(read("let v = { a: 'it\\'s\\n', b: \"\\u{1F600}\\x41\", c: [1_000, 0x1F, .5, -2e3, +1], d: { e: null, f: true } };")).toEqual({
			a: "it's\n",
			b: '\u{1F600}A',
			c: [1000, 31, 0.5, -2000, 1],
			d: { e: null, f: true },
		});
	});
});

describe('readTypeScript: what is not a literal is not checked, and says what it is', () => {
	test.each([
		['a function call', 'let value = { status: "started", operationId: getId() };', 'getId()', 'is a function call'],
		['a method call', 'let value = { status: "started", operationId: crypto.randomUUID() };', 'crypto.randomUUID()', 'is a function call'],
		['a variable reference', 'let value = { status: "started", operationId: id };', 'id', 'is a variable reference'],
		['a property access', 'let value = { status: "started", operationId: config.id };', 'config.id', 'is a property access'],
		['an await', 'let value = { status: "started", operationId: await nextId() };', 'await nextId()', 'is an `await` expression'],
		['a template with ${}', 'let value = { status: "started", operationId: `op-${id}` };', '`op-${id}`', 'template with `${…}`'],
		['a constructor call', 'let value = { status: "started", operationId: new String("x") };', 'new String("x")', 'is a constructor call'],
		['an arrow function', 'let value = { status: "started", operationId: () => "x" };', '() => "x"', 'is a function'],
		['a conditional', 'let value = { status: "started", operationId: a ? "x" : "y" };', 'a ? "x" : "y"', 'is a conditional expression'],
		['a shorthand property', 'let value = { status: "started", operationId };', 'operationId', 'is a shorthand property'],
		['a getter', 'let value = { status: "started", get operationId() { return "x"; } };', 'get operationId() { return "x"; }', 'is a getter'],
		['a method', 'let value = { status: "started", operationId() { return "x"; } };', 'operationId() { return "x"; }', 'is a method'],
		['a spread', 'let value = { ...base, status: "started" };', '...base', 'is a spread'],
		['a computed key', 'let value = { [key]: "x", status: "started" };', '[key]: "x"', 'is a computed key'],
	])('%s: info at its range, never an error', (_label, text, covers, message) => {
		const verdict = validateTypeScript(text, model);
		expect(verdict, JSON.stringify(verdict.problems)).toMatchObject({ valid: true, errorCount: 0, notCheckedCount: 1 });
		expect(verdict.problems).toHaveLength(1);
		const [problem] = verdict.problems;
		expect(problem).toMatchObject({ severity: 'info', code: 'not_checked' });
		expect(text.slice(problem!.range.start, problem!.range.end)).toBe(covers);
		expect(problem!.message).toMatch(/^Not checked: /);
		expect(problem!.message).toContain(message);
		// The value is not shown as what the SDK gets: part of it is a stand-in.
		expect(verdict.output).toBeUndefined();
	});

	test('schema problems at or under a part not checked are dropped; others stay', () => {
		const text = 'let value = { status: "Started", operationId: getId(), extra: { nested: f() } };';
		const verdict = validateTypeScript(text, model);
		expect(verdict).toMatchObject({ valid: false, errorCount: 1, notCheckedCount: 2 });
		expect(verdict.problems.map((problem) => [problem.severity, problem.pathText])).toEqual([
			['error', 'status'],
			['warning', 'extra'],
			['info', 'operationId'],
			['info', 'extra.nested'],
		]);
	});

	test('a spread leaves its whole object unchecked, since its keys are unknown', () => {
		const verdict = validateTypeScript('let value = { ...base, status: "Started" };', model);
		expect(verdict).toMatchObject({ valid: true, notCheckedCount: 1 });
	});

	test.each([
		['a BigInt', 'let value = { status: "started", operationId: 1n };', '1n', 'BigInt is not a JSON value'],
		[
			'an unknown member of an SDK enum',
			'let value = { status: CreateOrUpdateAuthSessionStartStatus.Startd, operationId: "x" };',
			'CreateOrUpdateAuthSessionStartStatus.Startd',
			'has no member `Startd`: did you mean `CreateOrUpdateAuthSessionStartStatus.Started`?',
		],
		['`=` instead of `:`', 'let value = { status = "started", operationId: "x" };', 'status = "started"', 'in an object literal write `status: …`'],
	])('what is provably wrong stays an error: %s', (_label, text, covers, message) => {
		const verdict = validateTypeScript(text, model);
		expect(verdict).toMatchObject({ valid: false, errorCount: 1, notCheckedCount: 0 });
		const [problem] = verdict.problems;
		expect(text.slice(problem!.range.start, problem!.range.end)).toBe(covers);
		expect(problem!.message).toContain(message);
	});

	test('`undefined` is a value: for a required key it is missing', () => {
		const text = 'let value = { status: undefined, operationId: "x" };';
		const verdict = validateTypeScript(text, model);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatchObject({ severity: 'error', pathText: 'status' });
		expect(text.slice(verdict.problems[0]!.range.start, verdict.problems[0]!.range.end)).toBe('undefined');
	});

	test('an annotation naming another type is a warning at the type', () => {
		const text = 'let value: SomethingElse = { status: "started", operationId: "x" };';
		const verdict = validateTypeScript(text, model);
		expect(verdict.valid).toBe(true);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatchObject({ severity: 'warning' });
		expect(text.slice(verdict.problems[0]!.range.start, verdict.problems[0]!.range.end)).toBe('SomethingElse');
	});

	test('schema problems carry ranges in the TypeScript text', () => {
		const text = SEED.replace('"started"', '"Started"');
		const verdict = validateTypeScript(text, model);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatchObject({ code: 'invalid_value', range: { startLine: 4, startColumn: 11 } });
		expect(verdict.problems[0]!.message).toContain('did you mean "started"?');
		expect(text.slice(verdict.problems[0]!.range.start, verdict.problems[0]!.range.end)).toBe('"Started"');
	});

	test.each([
		['unterminated string', 'let value = { status: "started, operationId: "x" };'],
		['missing comma', 'let value = { status: "started" operationId: "x" };'],
		['empty', '   '],
		['unterminated comment', 'let v = /* { };'],
		['an octal-like number', 'let value = { status: "started", operationId: 01 };'],
		['an unclosed bracket', 'let value = { status: "started", operationId: f(1 };'],
		['a method without its body and a comma', 'let value = { a() , b: 1 };'],
	])('syntax: %s', (_label, text) => {
		const verdict = validateTypeScript(text, model);
		expect(verdict.valid).toBe(false);
		expect(verdict.problems[0]!.code).toBe('syntax');
	});

	test('deep nesting is refused with a message, not a stack overflow', () => {
		const verdict = validateTypeScript(`let v = ${'['.repeat(10_000)}${']'.repeat(10_000)};`, model);
		expect(verdict.problems[0]!.message).toContain('Nesting deeper than 500 levels');
	});

	test('never throws on arbitrary text', () => {
		const code = fc.string({ unit: fc.constantFrom(...'{}[]()<>,;:.=!?`\'"$/*+-#@\\\n abcnx019é'.split('')), maxLength: 80 });
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), code), (text) => {
				for (const candidate of [text, `let value = {${text}}`, `start("p", ${text})`, `let value: CreateOrUpdateAuthSessionStart = ${text}`]) {
					// The reader itself, not only the engine (which would catch a throw as a message).
					readTypeScript(candidate, { ...typeScriptReadOptions(model.name), calls: [{ callee: 'start', argument: 1 }] });
					expect(validateTypeScript(candidate, model).problems.every((problem) => !problem.message.startsWith('This text could not be checked'))).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
	});
});

describe('SDK enum constants', () => {
	test.each([
		['Enum.Member', 'status: CreateOrUpdateAuthSessionStartStatus.Started'],
		['components.Enum.Member', 'status: components.CreateOrUpdateAuthSessionStartStatus.Started'],
		['with `as const`', 'status: CreateOrUpdateAuthSessionStartStatus.Started as const'],
	])('%s reads as its value', (_label, property) => {
		const text = `let value: CreateOrUpdateAuthSessionStart = {\n  ${property},\n  operationId: "x",\n};`;
		const verdict = validateTypeScript(text, model);
		expect(verdict).toMatchObject({ valid: true, problems: [], notCheckedCount: 0 });
		expect(verdict.value).toEqual({ status: 'started', operationId: 'x' });
	});

	test('the enum itself, on its own page', () => {
		const status = getModel('createorupdateauthsessionstartstatus');
		const text = 'import { CreateOrUpdateAuthSessionStartStatus } from "@intuned/client/models/components";\n\nlet value: CreateOrUpdateAuthSessionStartStatus = CreateOrUpdateAuthSessionStartStatus.Started;';
		expect(validateTypeScript(text, status)).toMatchObject({ valid: true, problems: [], output: { value: 'started' } });
	});

	test("another enum's constant is its value, and the schema judges it", () => {
		const text = 'let value = { status: AuthSessionCreateDoneResultStatus.Done, operationId: "x" };';
		const verdict = validateTypeScript(text, model);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatchObject({ code: 'invalid_value', pathText: 'status' });
		expect(verdict.problems[0]!.message).toContain('"done" is not an allowed value');
		expect(text.slice(verdict.problems[0]!.range.start, verdict.problems[0]!.range.end)).toBe('AuthSessionCreateDoneResultStatus.Done');
	});

	test('the reader takes any constant table, and nothing else resolves', () => {
		const constants = { Color: { Red: 'red', Two: 2 } };
		const read = (text: string) => readTypeScript(text, { modelName: 'X', constants });
		expect(read('let v = [Color.Red, Color.Two, ns.Color.Red];')).toMatchObject({ value: ['red', 2, 'red'] });
		expect(read('let v = Color.toString;')).toMatchObject({ notChecked: [{ code: 'other' }] });
		expect(read('let v = Other.Red;')).toMatchObject({ notChecked: [{ code: 'not_checked' }] });
		expect(read('let v = Color.Red();')).toMatchObject({ notChecked: [{ code: 'not_checked', message: expect.stringContaining('a function call') }] });
	});
});

/** The TypeScript examples of the SDK's docs for `project.authSessions.create`: start, result, resume, each twice. */
const DOCS = readSeedDoc('operations-project.authSessions.create.md');
const docsExamples = [...DOCS.matchAll(/```typescript\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('code around the value', () => {
	const request = getModel('createauthsessionrequest');
	const resume = getModel('authsessioncreateresume');

	test.each([
		['start, SDK method', 0, request, { id: 'my-auth-session', parameters: { key: '<value>' } }],
		['start, standalone function', 1, request, { id: 'my-auth-session', parameters: ['<value>'] }],
		['resume, SDK method', 4, resume, { input: '123456', info_request_id: '99999999-9999-9999-9999-999999999999' }],
		['resume, standalone function', 5, resume, { input: '123456', info_request_id: '99999999-9999-9999-9999-999999999999' }],
	] as const)("the docs' run() example (%s) is valid for the operation's body", (_label, index, bodyModel, wire) => {
		const text = docsExamples[index]!;
		const verdict = validateTypeScript(text, bodyModel);
		expect(verdict).toMatchObject({ valid: true, problems: [], notCheckedCount: 0, output: { value: wire } });
		// Everything but the body argument is code around it: not checked, and no problem.
		const around = verdict.uncheckedRanges!.map((range) => text.slice(range.start, range.end));
		expect(around).toHaveLength(2);
		expect(around[0]).toMatch(/^import .*\((intunedClient, )?"my-project",( "aaaabbbCCCCdddd",)?$/s);
		expect(around[1]).toMatch(/^\);.*run\(\);$/s);
	});

	test('in the docs example, the body argument is what is checked', () => {
		const text = docsExamples[0]!.replace('id: "my-auth-session"', 'id: 42');
		const verdict = validateTypeScript(text, request);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatchObject({ code: 'invalid_type', pathText: 'id', range: { startLine: 10, startColumn: 9 } });
		expect(text.slice(verdict.problems[0]!.range.start, verdict.problems[0]!.range.end)).toBe('42');
	});

	test('the value passed to the call as a variable is read from its declaration', () => {
		const text = 'const body = { id: 42 };\nawait intunedClient.project.authSessions.create.start("my-project", body);';
		const verdict = validateTypeScript(text, request);
		expect(verdict.problems.map((problem) => problem.pathText)).toEqual(['id']);
		expect(verdict.uncheckedRanges!.map((range) => text.slice(range.start, range.end))).toEqual([
			'await intunedClient.project.authSessions.create.start("my-project", body);',
		]);
	});

	test('a body that is computed is not checked, and the call is still no error', () => {
		const text = 'await intunedClient.project.authSessions.create.start("my-project", makeBody());';
		expect(validateTypeScript(text, request)).toMatchObject({ valid: true, notCheckedCount: 1, problems: [{ pathText: '(root)', code: 'not_checked' }] });
	});

	test.each([
		['console.log after the value', 'let value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };\nconsole.log(value);', ['console.log(value);']],
		['the value inside run()', 'async function run() {\n  const value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };\n  console.log(value);\n}\n\nrun();', ['async function run() {', 'console.log(value);\n}\n\nrun();']],
		['a typed value after other code', 'const other = { a: 1 };\nconst value: components.CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };', ['const other = { a: 1 };']],
		['satisfies inside a call', 'send({ status: "started", operationId: "x" } satisfies CreateOrUpdateAuthSessionStart);', ['send(', ');']],
		['an untyped value, then code', 'let value = { status: "started", operationId: "x" };\nconsole.log(value);', ['console.log(value);']],
		['two declarations', 'let value = { status: "started", operationId: "x" }; let other = {};', ['let other = {};']],
	])('%s: valid, and the code around is not checked', (_label, text, around) => {
		const verdict = validateTypeScript(text, model);
		expect(verdict).toMatchObject({ valid: true, problems: [], notCheckedCount: 0 });
		expect(verdict.uncheckedRanges?.map((range) => text.slice(range.start, range.end))).toEqual(around);
	});

	test('the seed snippet: only its import line is code around the value', () => {
		expect(validateTypeScript(SEED, model).uncheckedRanges?.map((range) => SEED.slice(range.start, range.end))).toEqual([
			'import { CreateOrUpdateAuthSessionStart } from "@intuned/client/models/components";',
		]);
	});

	test('a call of the operation passes its body in the argument after the path parameters', () => {
		const read = readTypeScript('f(client, "p", { a: 1 }, { b: 2 });', { modelName: 'M', calls: [{ callee: 'f', argument: 2 }] });
		expect(read).toMatchObject({ value: { a: 1 } });
	});

	test('code with no value to check says so', () => {
		expect(validateTypeScript('console.log("hello");', model)).toMatchObject({
			valid: false,
			problems: [{ code: 'other', message: expect.stringContaining('No value to check') }],
		});
	});
});

describe('TypeScript and JSON agree', () => {

	test('property: the TypeScript rendering of a JSON value gets the JSON text verdict', () => {
		fc.assert(
			fc.property(nearModelValue, (value) => {
				const json = validate(JSON.stringify(value), model);
				const typescript = validateTypeScript(exampleSnippet(model, value), model);
				expect(typescript.valid).toBe(json.valid);
				expect(typescript.problems.map((problem) => problem.code)).toEqual(json.problems.map((problem) => problem.code));
				expect(read(`let v = ${toTypeScriptLiteral(value)};`)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
			{ numRuns: 1500 }
		);
	});
});
