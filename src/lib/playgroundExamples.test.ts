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
			['unknown-key', true, ['unknown_property']],
			['syntax-error', false, ['syntax']],
		]);
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
		const fixture = { schema: z.object({ n: z.number() }), examples: [{ n: 1 }] };
		expect(playgroundExamples(fixture).map((example) => example.id)).toEqual([
			'valid',
			'missing-key',
			'unknown-key',
			'syntax-error',
		]);
	});
});
