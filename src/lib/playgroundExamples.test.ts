import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { getModel, models } from '../schemas/registry';
import { validate } from '../validation/validate';
import { playgroundExamples } from './playgroundExamples';

describe('playgroundExamples', () => {
	test('the model menu: valid example then each typical mistake, with the verdict each is meant to show', () => {
		const model = getModel('createorupdateauthsessionstart');
		const verdicts = playgroundExamples(model).map((example) => {
			const verdict = validate(example.text, model);
			return [example.id, verdict.valid, verdict.problems.map((problem) => problem.code)];
		});
		expect(verdicts).toEqual([
			['valid', true, []],
			['wrong-case', false, ['invalid_value']],
			['missing-key', false, ['missing_property']],
			['wrong-type', false, ['invalid_type']],
			['key-case', false, ['misspelled_key']],
			['unknown-key', true, ['unknown_property']],
			['syntax-error', false, ['syntax']],
		]);
	});

	test('a union menu: one valid example per member, then mistakes on the richest member', () => {
		const model = getModel('authsessioncreateresult');
		const verdicts = playgroundExamples(model).map((example) => [example.label, validate(example.text, model).problems.map((problem) => problem.code)]);
		expect(verdicts).toEqual([
			['Valid: AuthSessionCreatePendingResult', []],
			['Valid: AuthSessionCreateDoneResult', []],
			['Valid: AuthSessionCreateRequestedMoreInfoResult', []],
			['Valid: AuthSessionCreateFailedResult', []],
			['Mistake: wrong case in "status"', ['invalid_value']],
			['Mistake: "details" missing', ['missing_property']],
			['Mistake: "id" is a number', ['invalid_type']],
			['Mistake: key "Status"', ['misspelled_key']],
			['Warning: an unknown property', ['unknown_property']],
			['Mistake: trailing comma (syntax)', ['syntax']],
		]);
	});

	test('a renamed key: the example is JSON on the wire, and a mistake writes the SDK name', () => {
		const model = getModel('authsessioncreateresume');
		const examples = playgroundExamples(model);
		expect(JSON.parse(examples[0]!.text)).toEqual({ input: '123456', info_request_id: '99999999-9999-9999-9999-999999999999' });
		const sdkName = examples.find((example) => example.id === 'sdk-name')!;
		expect(validate(sdkName.text, model).problems.map((problem) => problem.code)).toEqual(['renamed_key']);
	});

	test('the valid example is the seed value', () => {
		const [valid] = playgroundExamples(getModel('createorupdateauthsessionstart'));
		expect(JSON.parse(valid!.text)).toEqual({ status: 'started', operationId: '<value>' });
	});

	test('the enum menu', () => {
		const model = getModel('createorupdateauthsessionstartstatus');
		expect(
			playgroundExamples(model).map((example) => [example.id, validate(example.text, model).valid])
		).toEqual([
			['valid', true],
			['wrong-case', false],
			['wrong-type', false],
			['syntax-error', false],
		]);
	});

	test('every registered model has a valid first example', () => {
		for (const model of models) expect(validate(playgroundExamples(model)[0]!.text, model).valid).toBe(true);
	});

	test('a fixture model without enums or strings gets only the generic entries', () => {
		const schema = z.object({ n: z.number() });
		const fixture = { schema, sdkSchema: schema, examples: [{ n: 1 }] };
		expect(playgroundExamples(fixture).map((example) => example.id)).toEqual([
			'valid',
			'missing-key',
			'key-case',
			'unknown-key',
			'syntax-error',
		]);
	});
});
