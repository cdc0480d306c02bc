import Ajv from 'ajv';
import fc from 'fast-check';
import { nearModelValue } from './arbitraries.test-helper';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { toJsonSchema } from '../lib/toJsonSchema';
import { getModel } from '../schemas/registry';
import { parseJson } from './parseJson';
import { validate, validateSource, type ParsedSource, type Verdict } from './validate';

const model = getModel('createorupdateauthsessionstart');
const status = getModel('createorupdateauthsessionstartstatus');

const at = (verdict: Verdict, text: string) =>
	verdict.problems.map((problem) => ({
		severity: problem.severity,
		code: problem.code,
		path: problem.pathText,
		covers: text.slice(problem.range.start, problem.range.end),
		line: problem.range.startLine,
		column: problem.range.startColumn,
	}));

describe('validate: verdicts and problems on the model', () => {
	test('the seed example is valid with no problem', () => {
		const verdict = validate('{\n  "status": "started",\n  "operationId": "<value>"\n}', model);
		expect(verdict).toMatchObject({ valid: true, problems: [], errorCount: 0, warningCount: 0 });
		expect(verdict.value).toEqual({ status: 'started', operationId: '<value>' });
	});

	test('wrong case: an error on the value with a did-you-mean', () => {
		const text = '{\n  "status": "Started",\n  "operationId": "x"\n}';
		const verdict = validate(text, model);
		expect(verdict.valid).toBe(false);
		expect(at(verdict, text)).toEqual([
			{ severity: 'error', code: 'invalid_value', path: 'status', covers: '"Started"', line: 2, column: 13 },
		]);
		expect(verdict.problems[0]!.message).toBe(
			'"Started" is not an allowed value: did you mean "started"? (the only allowed value)'
		);
		expect(verdict.problems[0]!.fixes).toEqual([
			{ title: 'Change to "started"', edits: [{ start: 14, end: 23, text: '"started"' }] },
		]);
	});

	test('a padded value gets the same did-you-mean; a far-off one does not', () => {
		expect(validate('{"status": " started", "operationId": "x"}', model).problems[0]!.message).toContain(
			'did you mean "started"?'
		);
		expect(validate('{"status": "finished", "operationId": "x"}', model).problems[0]!.message).toBe(
			'"finished" is not an allowed value. Allowed: "started".'
		);
	});

	test('a missing key points at the object that lacks it and names the key', () => {
		const text = '{\n  "status": "started"\n}';
		const verdict = validate(text, model);
		expect(at(verdict, text)).toEqual([
			{ severity: 'error', code: 'missing_property', path: 'operationId', covers: '{', line: 1, column: 1 },
		]);
		expect(verdict.problems[0]!.message).toBe('Missing required property "operationId": expected a string.');
	});

	test('a wrong type says expected vs received, at the value', () => {
		const text = '{"status": "started", "operationId": 42}';
		const verdict = validate(text, model);
		expect(at(verdict, text)).toEqual([
			{ severity: 'error', code: 'invalid_type', path: 'operationId', covers: '42', line: 1, column: 38 },
		]);
		expect(verdict.problems[0]!.message).toBe('Expected a string, received a number.');
	});

	test('a null status lists the enum as expected', () => {
		const verdict = validate('{"status": null, "operationId": "x"}', model);
		expect(verdict.problems[0]!.message).toBe('Expected "started", received null.');
	});

	test('an unknown key is a warning that says the SDK drops it; the verdict stays valid', () => {
		const text = '{"status": "started", "operationId": "x", "extra": 1}';
		const verdict = validate(text, model);
		expect(verdict.valid).toBe(true);
		expect(at(verdict, text)).toEqual([
			{ severity: 'warning', code: 'unknown_property', path: 'extra', covers: '"extra"', line: 1, column: 43 },
		]);
		expect(verdict.problems[0]!.message).toContain('the SDK accepts it but drops it');
	});

	test('a misspelt required key is one error on that key, with a rename fix, not a missing key plus a warning', () => {
		const text = '{"status": "started", "operationID": "x"}';
		const verdict = validate(text, model);
		expect(at(verdict, text)).toEqual([
			{ severity: 'error', code: 'misspelled_key', path: 'operationId', covers: '"operationID"', line: 1, column: 23 },
		]);
		expect(verdict.problems[0]!.message).toBe('Unknown key "operationID": did you mean "operationId"?');
		expect(verdict.problems[0]!.fixes![0]!.edits).toEqual([{ start: 22, end: 35, text: '"operationId"' }]);
	});

	test('a near miss of a key that is present stays a warning (the SDK drops it)', () => {
		const verdict = validate('{"status": "started", "operationId": "x", "operationID": "y"}', model);
		expect(verdict.valid).toBe(true);
		expect(verdict.problems.map((problem) => problem.code)).toEqual(['unknown_property']);
	});

	test('a duplicate key warns at the ignored copy and points at the kept one', () => {
		const text = '{\n  "status": "Started",\n  "status": "started",\n  "operationId": "x"\n}';
		const verdict = validate(text, model);
		expect(verdict.valid).toBe(true);
		expect(at(verdict, text)).toEqual([
			{ severity: 'warning', code: 'duplicate_key', path: 'status', covers: '"status"', line: 2, column: 3 },
		]);
		expect(verdict.problems[0]!.message).toContain('JSON parsers keep the last one (line 3)');
		expect(verdict.problems[0]!.related!.range.startLine).toBe(3);
	});

	test.each([
		['null', 'Expected an object, received null.'],
		['[]', 'Expected an object, received an array.'],
		['"started"', 'Expected an object, received a string.'],
		['1', 'Expected an object, received a number.'],
		['true', 'Expected an object, received a boolean.'],
	])('a %s root is rejected at the root', (text, message) => {
		const verdict = validate(text, model);
		expect(verdict.valid).toBe(false);
		expect(verdict.problems).toHaveLength(1);
		expect(verdict.problems[0]).toMatchObject({ pathText: '(root)', message });
	});

	test('a syntax error is the one problem, with line and column', () => {
		const text = '{\n  "status": "started",\n  "operationId": "x",\n}';
		const verdict = validate(text, model);
		expect(at(verdict, text)).toEqual([
			{ severity: 'error', code: 'syntax', path: '(root)', covers: ",", line: 3, column: 21 },
		]);
	});

	test('empty text is a clear error', () => {
		expect(validate('', model).problems[0]!.message).toContain('The text is empty');
	});

	test('the enum model checks a bare string', () => {
		expect(validate('"started"', status).valid).toBe(true);
		expect(validate('"Started"', status).problems[0]!.message).toContain('did you mean "started"?');
	});

	test('__proto__ and constructor keys are plain unknown keys', () => {
		const text = '{"status": "started", "operationId": "x", "__proto__": {"polluted": 1}, "constructor": 1}';
		const verdict = validate(text, model);
		expect(verdict.valid).toBe(true);
		expect(verdict.problems.map((problem) => problem.pathText)).toEqual(['__proto__', 'constructor']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('lone surrogates and hostile strings are just strings', () => {
		const text = JSON.stringify({ status: 'started', operationId: '\ud800<script>alert(1)</script>\udfff' });
		expect(validate(text, model).valid).toBe(true);
		expect(validate('{"status": "\ud800", "operationId": "x"}', model).valid).toBe(false);
	});

	test('10,000-deep nesting under an unknown key: valid, as the SDK would say', () => {
		const deep = '['.repeat(10_000) + ']'.repeat(10_000);
		const verdict = validate(`{"status": "started", "operationId": "x", "deep": ${deep}}`, model);
		expect(verdict.valid).toBe(true);
		expect(verdict.maxDepth).toBe(10_001);
	});

	test('10,000-deep nesting as the root: one clear error', () => {
		const verdict = validate('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), model);
		expect(verdict.valid).toBe(false);
		expect(verdict.problems.find((problem) => problem.severity === 'error')!.code).toBe('missing_property');
	});

	test('a 1 MB payload is checked', () => {
		const text = JSON.stringify({ status: 'started', operationId: 'x'.repeat(1024 * 1024) });
		expect(validate(text, model).valid).toBe(true);
	});

	test('warnings past maxWarnings are counted, not listed', () => {
		const value: Record<string, unknown> = { status: 'started', operationId: 'x' };
		for (let i = 0; i < 50; i++) value[`extra${i}`] = i;
		const verdict = validate(JSON.stringify(value), model, { maxWarnings: 10 });
		expect(verdict).toMatchObject({ valid: true, warningCount: 50, omittedWarnings: 40 });
		expect(verdict.problems).toHaveLength(10);
		expect(verdict.problems[0]!.pathText).toBe('extra0');
	});

	test('text over the limit is one error, not a frozen tab', () => {
		const verdict = validate('x'.repeat(101), model, { maxLength: 100 });
		expect(verdict.problems).toEqual([expect.objectContaining({ code: 'too_large' })]);
	});

	test('CRLF and CR line breaks count as Monaco counts them', () => {
		const verdict = validate('{\r\n"status": "Started",\r"operationId": "x"}', model);
		expect(verdict.problems[0]!.range).toMatchObject({ startLine: 2, startColumn: 11 });
	});
});

describe('validate: generic over schemas', () => {
	const fixture = {
		schema: z.object({
			items: z.array(z.object({ name: z.string() })),
			nested: z.object({ deep: z.object({ flag: z.boolean() }) }).optional(),
			labels: z.record(z.object({ n: z.number() })),
		}),
	};

	test('errors in arrays and nested objects point at the exact value', () => {
		const text = '{"items": [{"name": "a"}, {"name": 2}], "nested": {"deep": {"flag": "no"}}, "labels": {}}';
		const verdict = validate(text, fixture);
		expect(at(verdict, text).map(({ path, covers }) => ({ path, covers }))).toEqual([
			{ path: 'items[1].name', covers: '2' },
			{ path: 'nested.deep.flag', covers: '"no"' },
		]);
	});

	test('unknown keys are found in array items, nested objects and record values', () => {
		const text = '{"items": [{"name": "a", "x": 1}], "nested": {"deep": {"flag": true, "y": 1}}, "labels": {"k": {"n": 1, "z": 1}}}';
		const verdict = validate(text, fixture);
		expect(verdict.valid).toBe(true);
		expect(verdict.problems.map((problem) => problem.pathText)).toEqual(['items[0].x', 'nested.deep.y', 'labels.k.z']);
	});

	test('strict objects make unknown keys errors (from Zod), passthrough objects say nothing', () => {
		const strict = validate('{"a": 1, "b": 2}', { schema: z.object({ a: z.number() }).strict() });
		expect(strict.valid).toBe(false);
		expect(strict.problems.map((problem) => problem.severity)).toEqual(['error']);
		const passthrough = validate('{"a": 1, "b": 2}', { schema: z.object({ a: z.number() }).passthrough() });
		expect(passthrough.problems).toEqual([]);
	});
});

describe('validateSource: parts a reader could not read', () => {
	// A reader that reads `text` as JSON and says which parts stand in for something it did not read.
	const reading =
		(notChecked: NonNullable<ParsedSource['notChecked']>, uncheckedRanges?: ParsedSource['uncheckedRanges']) =>
		(text: string) => {
			const parsed = parseJson(text);
			if (!parsed.ok) throw new Error('fixture text must be JSON');
			return { root: parsed.root, value: JSON.parse(text), maxDepth: parsed.maxDepth, notChecked, ...(uncheckedRanges && { uncheckedRanges }) };
		};
	const text = '{"status": "Started", "operationId": null, "extra": {"deep": 1}}';
	const span = (covers: string) => ({ start: text.indexOf(covers), end: text.indexOf(covers) + covers.length });

	test('a part not checked is an info, listed after errors and warnings, and counted', () => {
		const verdict = validateSource(text, model, {}, reading([{ ...span('null'), path: ['operationId'], code: 'not_checked', message: 'Not checked: x.' }]));
		expect(verdict).toMatchObject({ valid: false, errorCount: 1, warningCount: 1, notCheckedCount: 1 });
		expect(at(verdict, text)).toEqual([
			{ severity: 'error', code: 'invalid_value', path: 'status', covers: '"Started"', line: 1, column: 12 },
			{ severity: 'warning', code: 'unknown_property', path: 'extra', covers: '"extra"', line: 1, column: 44 },
			{ severity: 'info', code: 'not_checked', path: 'operationId', covers: 'null', line: 1, column: 38 },
		]);
	});

	test('schema problems at or under a part not checked are dropped; the verdict is valid when no error is left', () => {
		const verdict = validateSource(
			text,
			model,
			{},
			reading([
				{ ...span('"Started"'), path: ['status'], code: 'not_checked', message: 'Not checked: a.' },
				{ ...span('null'), path: ['operationId'], code: 'not_checked', message: 'Not checked: b.' },
				{ ...span('{"deep": 1}'), path: ['extra'], code: 'not_checked', message: 'Not checked: c.' },
			])
		);
		expect(verdict).toMatchObject({ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 3 });
	});

	test('a misspelled key at or under a part not checked is dropped too', () => {
		const misspelled = '{"status": "started", "operationID": "x"}';
		const verdict = validateSource(misspelled, model, {}, reading([{ start: 0, end: 1, path: [], code: 'not_checked', message: 'Not checked: a spread.' }]));
		expect(verdict).toMatchObject({ valid: true, errorCount: 0, notCheckedCount: 1 });
	});

	test('even when the parse succeeds, a value with a part not checked has no output: it ran on a stand-in', () => {
		const fine = '{"status": "started", "operationId": "x"}';
		const start = fine.indexOf('"x"');
		const verdict = validateSource(fine, model, {}, reading([{ start, end: start + 3, path: ['operationId'], code: 'not_checked', message: 'Not checked: x.' }]));
		expect(verdict).toMatchObject({ valid: true, notCheckedCount: 1 });
		expect(verdict.output).toBeUndefined();
		expect(validate(fine, model).output).toEqual({ value: { status: 'started', operationId: 'x' } });
	});

	test('a part at the root leaves nothing checked; a part read wrong is an error', () => {
		const root = validateSource(text, model, {}, reading([{ start: 0, end: text.length, path: [], code: 'not_checked', message: 'Not checked: all.' }]));
		expect(root).toMatchObject({ valid: true, notCheckedCount: 1, problems: [{ severity: 'info' }] });
		const wrong = validateSource(text, model, {}, reading([{ ...span('null'), path: ['operationId'], code: 'not_literal', message: 'Wrong.' }]));
		expect(wrong).toMatchObject({ valid: false, errorCount: 2, notCheckedCount: 0 });
	});

	test('the code around the value comes back as ranges, and is no problem', () => {
		const verdict = validateSource(text, model, {}, reading([], [{ start: 0, end: 1 }]));
		expect(verdict.uncheckedRanges).toEqual([{ start: 0, end: 1, startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }]);
		expect(verdict.problems.map((problem) => problem.severity)).toEqual(['error', 'error', 'warning']);
	});

	test('JSON mode has neither', () => {
		const verdict = validate(text, model);
		expect(verdict).toMatchObject({ notCheckedCount: 0 });
		expect(verdict.uncheckedRanges).toBeUndefined();
	});
});

describe('validate: properties', () => {
	const ajv = new Ajv({ strict: false });
	const ajvValidate = ajv.compile(toJsonSchema(model, { site: 'http://127.0.0.1:4321/' }));

	test('never throws on arbitrary strings, and every range lies inside the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
				const verdict = validate(text, model);
				for (const problem of verdict.problems) {
					expect(problem.range.start).toBeGreaterThanOrEqual(0);
					expect(problem.range.end).toBeLessThanOrEqual(text.length);
					expect(problem.range.start).toBeLessThanOrEqual(problem.range.end);
				}
			}),
			{ numRuns: 2000 }
		);
	});


	test('for arbitrary JSON values the verdict equals ajv on the published schema and Zod safeParse', () => {
		fc.assert(
			fc.property(nearModelValue, (value) => {
				const verdict = validate(JSON.stringify(value), model);
				const zod = model.schema.safeParse(value).success;
				expect(verdict.valid).toBe(zod);
				expect(verdict.valid).toBe(ajvValidate(value));
			}),
			{ numRuns: 3000 }
		);
	});
});
