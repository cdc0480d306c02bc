import fc from 'fast-check';
import { nearModelValue } from './arbitraries.test-helper';
import { describe, expect, test } from 'vitest';
import { exampleSnippet } from '../lib/exampleSnippet';
import { toTypeScriptLiteral } from '../lib/toTypeScriptLiteral';
import { getModel } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { validate } from './validate';
import { validateTypeScript } from './validateTypeScript';

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

describe('readTypeScript: what is not a literal is an error at its range', () => {
	test.each([
		['a function call', 'let value = { status: getStatus(), operationId: "x" };', 'getStatus()', 'a function call'],
		['a variable reference', 'let value = { status: current, operationId: "x" };', 'current', 'a variable reference'],
		['a property access', 'let value = { status: Status.Started, operationId: "x" };', 'Status.Started', 'a property access'],
		['a spread', 'let value = { ...base, operationId: "x" };', '...base', 'a spread'],
		['a computed key', 'let value = { [key]: "started", operationId: "x" };', '[key]', 'a computed key'],
		['a template substitution', 'let value = { status: "started", operationId: `op-${id}` };', '${id}', '`${…}`'],
		['a shorthand property', 'let value = { status, operationId: "x" };', 'status', 'shorthand property'],
		['a constructor call', 'let value = { status: "started", operationId: new String("x") };', 'new String("x")', 'a constructor call'],
		['undefined', 'let value = { status: undefined, operationId: "x" };', 'undefined', 'JSON has no undefined'],
	])('%s', (_label, text, covers, message) => {
		const verdict = validateTypeScript(text, model);
		expect(verdict.valid).toBe(false);
		const problem = verdict.problems.find((candidate) => candidate.code === 'not_literal');
		expect(problem, JSON.stringify(verdict.problems)).toBeDefined();
		expect(text.slice(problem!.range.start, problem!.range.end)).toBe(covers);
		expect(problem!.message).toContain('Only literal values can be checked');
		expect(problem!.message).toContain(message);
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
		['two statements', 'let a = {}; let b = {};'],
		['empty', '   '],
		['a hole', 'let v = [1,,2];'],
		['unterminated comment', 'let v = /* { };'],
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
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
				validateTypeScript(text, model);
				validateTypeScript(`let value = {${text}}`, model);
			}),
			{ numRuns: 3000 }
		);
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
