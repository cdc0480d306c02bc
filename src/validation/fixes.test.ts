import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getModel, models } from '../schemas/registry';
import { applyTextEdits } from '../playground/applyTextEdits';
import { schemaValue } from './schemaArbitrary.test-helper';
import { validate, type Verdict } from './validate';
import { validateTypeScript } from './validateTypeScript';

const seed = getModel('createorupdateauthsessionstart');

/** Applies the first fix of the first problem that has one, until none is left (at most 5 rounds). */
function fixAll(text: string, check: (text: string) => Verdict): { text: string; verdict: Verdict } {
	let verdict = check(text);
	for (let round = 0; round < 5; round++) {
		const fix = verdict.problems.find((problem) => problem.fixes?.length)?.fixes?.[0];
		if (!fix) break;
		text = applyTextEdits(text, fix.edits);
		verdict = check(text);
	}
	return { text, verdict };
}

describe('every quick fix, applied, gives text that checks as Valid', () => {
	test.each([
		['a wrong-case enum value', '{"status": "Started", "operationId": "x"}', '{"status": "started", "operationId": "x"}'],
		['a wrong-case key', '{"Status": "started", "operationId": "x"}', '{"status": "started", "operationId": "x"}'],
		['a missing key, on one line', '{"operationId": "x"}', '{"status": "started", "operationId": "x"}'],
		['a missing key, keys on their own lines', '{\n  "operationId": "x"\n}', '{\n  "status": "started",\n  "operationId": "x"\n}'],
		['missing keys in an empty object', '{}', '{"operationId": "", "status": "started"}'],
		['an unknown key in the middle', '{"status": "started", "note": 1, "operationId": "x"}', '{"status": "started", "operationId": "x"}'],
		['an unknown key at the end', '{"status": "started", "operationId": "x",\n  "note": 1}', '{"status": "started", "operationId": "x"}'],
		['a trailing comma', '{"status": "started", "operationId": "x",}', '{"status": "started", "operationId": "x"}'],
		['a comment', '{"status": "started", // why\n"operationId": "x"}', '{"status": "started", \n"operationId": "x"}'],
		['single quotes', "{'status': 'started', \"operationId\": 'it\\'s \"x\"'}", '{"status": "started", "operationId": "it\'s \\"x\\""}'],
	])('%s', (_label, text, fixed) => {
		const result = fixAll(text, (current) => validate(current, seed));
		expect(result.text).toBe(fixed);
		expect(result.verdict.valid).toBe(true);
	});

	test('a missing member key of a union, and a renamed key, in JSON', () => {
		const result = getModel('authsessioncreateresult');
		expect(fixAll('{"status": "Done"}', (current) => validate(current, result)).text).toBe('{"authSessionId": "", "status": "done"}');
		const resume = getModel('authsessioncreateresume');
		expect(fixAll('{"input": "1", "infoRequestId": "r"}', (current) => validate(current, resume)).text).toBe('{"input": "1", "info_request_id": "r"}');
	});

	test('TypeScript mode: the fix writes keys as the text does (bare)', () => {
		const text = 'let value: CreateOrUpdateAuthSessionStart = { operationId: "x" };';
		const result = fixAll(text, (current) => validateTypeScript(current, seed));
		expect(result.text).toBe('let value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "x" };');
		expect(result.verdict.valid).toBe(true);
	});
});

describe('property: applying any offered fix never makes the text unparsable', () => {
	for (const model of models) {
		test(model.name, () => {
			fc.assert(
				fc.property(schemaValue(model.schema), fc.boolean(), (value, pretty) => {
					const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
					for (const problem of validate(text, model).problems) {
						for (const fix of problem.fixes ?? []) {
							const fixed = applyTextEdits(text, fix.edits);
							expect(() => JSON.parse(fixed), `${fix.title} on ${text}`).not.toThrow();
						}
					}
				}),
				{ numRuns: 150 }
			);
		});
	}
});

test('after inserting a missing key, the cursor goes inside its placeholder', () => {
	const text = '{\n  "status": "started"\n}';
	const fix = validate(text, seed).problems[0]!.fixes![0]!;
	const fixed = applyTextEdits(text, fix.edits);
	expect(fixed).toBe('{\n  "operationId": "",\n  "status": "started"\n}');
	expect(fix.select).toEqual({ start: fixed.indexOf('""') + 1, end: fixed.indexOf('""') + 1 });
	const result = getModel('authsessioncreateresult');
	const enumFix = validate('{"authSessionId": "x"}', result).problems[0]!.fixes![0]!;
	const withStatus = applyTextEdits('{"authSessionId": "x"}', enumFix.edits);
	expect(withStatus.slice(enumFix.select!.start, enumFix.select!.end)).toBe('"done"');
});
