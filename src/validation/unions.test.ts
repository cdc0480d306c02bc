import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toJsonSchema } from '../lib/toJsonSchema';
import { getModel, models } from '../schemas/registry';
import { renameKeys } from './renameKeys';
import { schemaValue } from './schemaArbitrary.test-helper';
import { chooseUnionMember } from './unionMember';
import { validate, type Verdict } from './validate';
import { validateTypeScript } from './validateTypeScript';
import * as z from 'zod/v3';

const result = getModel('authsessioncreateresult');
const resume = getModel('authsessioncreateresume');

/** Each problem with the exact text its range covers, so a range off by one shows. */
const placed = (verdict: Verdict, text: string) =>
	verdict.problems.map((problem) => ({
		code: problem.code,
		path: problem.pathText,
		covers: text.slice(problem.range.start, problem.range.end),
		at: `${problem.range.startLine}:${problem.range.startColumn}-${problem.range.endLine}:${problem.range.endColumn}`,
		message: problem.message,
	}));

describe('unions: the member the reader meant, and its problems at their place', () => {
	test('a wrong-case status: one error on the value listing every member, with did-you-mean and a fix', () => {
		const text = '{\n  "status": "Done",\n  "authSessionId": "x"\n}';
		const verdict = validate(text, result);
		expect(placed(verdict, text)).toEqual([
			{
				code: 'invalid_value',
				path: 'status',
				covers: '"Done"',
				at: '2:13-2:19',
				message: '"Done" is not an allowed value: did you mean "done"? Allowed: "pending", "done", "requested_more_info", "failed".',
			},
		]);
		expect(verdict.problems[0]!.fixes).toEqual([{ title: 'Change to "done"', edits: [{ start: 14, end: 20, text: '"done"' }] }]);
	});

	test('an unknown status with no near miss: the same one error, without a guess', () => {
		const verdict = validate('{"status": "finished"}', result);
		expect(verdict.problems.map((problem) => problem.message)).toEqual([
			'"finished" is not an allowed value. Allowed: "pending", "done", "requested_more_info", "failed".',
		]);
	});

	test('a matching status picks its member: a missing member key is named, never "Invalid input" at the root', () => {
		const text = '{\n  "status": "done"\n}';
		expect(placed(validate(text, result), text)).toEqual([
			{ code: 'missing_property', path: 'authSessionId', covers: '{', at: '1:1-1:2', message: 'Missing required property "authSessionId": expected a string.' },
		]);
	});

	test('a nested union problem is reported inside details, at its exact place', () => {
		const text = '{"status": "requested_more_info", "id": "i", "details": {"requestType": "OTP", "action": "request_more_info", "messageToUser": "m"}}';
		expect(placed(validate(text, result), text)).toEqual([
			{
				code: 'invalid_value',
				path: 'details.requestType',
				covers: '"OTP"',
				at: '1:73-1:78',
				message: '"OTP" is not an allowed value: did you mean "otp"? Allowed: "otp", "multiple_choice".',
			},
		]);
		const missing = '{"status": "requested_more_info", "id": "i", "details": {"requestType": "multiple_choice", "action": "request_more_info", "messageToUser": "m"}}';
		expect(validate(missing, result).problems.map((problem) => [problem.pathText, problem.message])).toEqual([
			['details.choices', 'Missing required property "choices": expected an array.'],
		]);
	});

	test('no status at all: the member with the fewest issues that knows the keys (done, by authSessionId)', () => {
		expect(validate('{"authSessionId": "x"}', result).problems.map((problem) => [problem.pathText, problem.message])).toEqual([
			['status', 'Missing required property "status": expected "done".'],
		]);
	});

	test('unknown keys inside the chosen member are warnings; a valid value gets the member Zod picked', () => {
		const verdict = validate('{"status": "done", "authSessionId": "x", "sessionId": 1}', result);
		expect(verdict.valid).toBe(true);
		expect(verdict.problems.map((problem) => [problem.code, problem.pathText])).toEqual([['unknown_property', 'sessionId']]);
		const nested = validate(
			'{"status": "requested_more_info", "id": "i", "details": {"requestType": "otp", "action": "request_more_info", "messageToUser": "m", "hint": 1}}',
			result
		);
		expect(nested.problems.map((problem) => problem.pathText)).toEqual(['details.hint']);
		// Zod takes the first member that accepts: pending drops authSessionId, and the engine says so.
		const first = validate('{"status": "pending", "authSessionId": "x"}', result);
		expect(first.problems.map((problem) => problem.pathText)).toEqual(['authSessionId']);
		expect(first.output).toEqual({ value: { status: 'pending' } });
	});

	test('a value of a type no member takes: one type error naming what is accepted', () => {
		const parameters = getModel('apiparameters');
		expect(validate('"x"', parameters).problems.map((problem) => problem.message)).toEqual(['Expected an object or an array, received a string.']);
		expect(validate('[]', result).problems.map((problem) => problem.message)).toEqual(['Expected an object, received an array.']);
	});

	test('chooseUnionMember: valid values take the first accepting member, as z.union does', () => {
		const union = result.schema as z.ZodUnion<z.ZodUnionOptions>;
		expect(chooseUnionMember(union, { status: 'pending', authSessionId: 'x' })).toMatchObject({ kind: 'member', index: 0 });
		expect(chooseUnionMember(union, { status: 'failed' })).toMatchObject({ kind: 'member', index: 3 });
		expect(chooseUnionMember(union, { status: 'Failed' })).toMatchObject({ kind: 'tag_mismatch', key: 'status', suggestion: { value: 'failed', index: 3 } });
		expect(chooseUnionMember(union, 7)).toEqual({ kind: 'no_type', expected: ['object'] });
	});
});

describe('renamed keys: info_request_id on the wire, infoRequestId in the SDK', () => {
	test('JSON with the SDK name: one error on that key naming the wire name, with a rename fix', () => {
		const text = '{"input": "1", "infoRequestId": "r"}';
		const verdict = validate(text, resume);
		expect(placed(verdict, text)).toEqual([
			{
				code: 'renamed_key',
				path: 'info_request_id',
				covers: '"infoRequestId"',
				at: '1:16-1:31',
				message: '"infoRequestId" is the SDK\'s TypeScript name of this key; in JSON (on the wire) it is "info_request_id".',
			},
		]);
		expect(verdict.problems[0]!.fixes![0]!.edits).toEqual([{ start: 15, end: 30, text: '"info_request_id"' }]);
	});

	test('TypeScript with the wire name: the error the other way round, the fix keeps the key bare', () => {
		const text = 'let value: AuthSessionCreateResume = { input: "1", info_request_id: "r" };';
		const verdict = validateTypeScript(text, resume);
		expect(verdict.problems.map((problem) => [problem.code, problem.message])).toEqual([
			['renamed_key', '"info_request_id" is this key\'s name in JSON (on the wire); in the SDK\'s TypeScript type it is "infoRequestId".'],
		]);
		expect(verdict.problems[0]!.fixes![0]!.edits[0]!.text).toBe('infoRequestId');
	});

	test('the SDK output: JSON mode gives the SDK value, TypeScript mode the JSON the SDK sends', () => {
		expect(validate('{"input": "1", "info_request_id": "r", "x": 1}', resume).output).toEqual({ value: { input: '1', infoRequestId: 'r' } });
		expect(validateTypeScript('let v: AuthSessionCreateResume = { input: "1", infoRequestId: "r" };', resume).output).toEqual({
			value: { input: '1', info_request_id: 'r' },
		});
		expect(validate('{"input": 1}', resume).output).toBeUndefined();
	});

	test('renameKeys both ways, keeping unknown keys and invalid values as written', () => {
		expect(renameKeys({ input: 1, info_request_id: 'r', other: 2 }, resume.schema)).toEqual({ input: 1, infoRequestId: 'r', other: 2 });
		expect(renameKeys({ infoRequestId: 'r' }, resume.sdkSchema)).toEqual({ info_request_id: 'r' });
		expect(renameKeys('text', resume.schema)).toBe('text');
		const proto = renameKeys(JSON.parse('{"__proto__": {"polluted": 1}}'), resume.schema) as object;
		expect(Object.keys(proto)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('property: wire -> SDK -> wire gives back the same value', () => {
		fc.assert(
			fc.property(schemaValue(resume.schema), (value) => {
				expect(renameKeys(renameKeys(value, resume.schema), resume.sdkSchema)).toEqual(value);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('every registered model: the verdict is the SDK verdict (Zod and ajv agree), and validate never throws', () => {
	const ajv = new Ajv({ strict: false });
	for (const model of models) {
		test(model.name, () => {
			const ajvValidate = ajv.compile(toJsonSchema(model, { site: 'http://127.0.0.1:4321/' }));
			fc.assert(
				fc.property(schemaValue(model.schema), (value) => {
					const text = JSON.stringify(value);
					const verdict = validate(text, model);
					const zod = model.schema.safeParse(value).success;
					expect(verdict.valid).toBe(zod);
					expect(ajvValidate(value)).toBe(zod);
					// Valid means no error; invalid means at least one error, never a bare root "Invalid input".
					expect(verdict.errorCount === 0).toBe(zod);
					for (const problem of verdict.problems) expect(problem.message).not.toBe('Invalid input');
				}),
				{ numRuns: 300 }
			);
		});
	}
});
