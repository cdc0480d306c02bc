import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { getModel, models } from '../schemas/registry';
import { validate } from '../validation/validate';
import { playgroundExamples } from '../lib/playgroundExamples';
import { formatJson } from './formatJson';
import { isMac, tabFocusKey } from './keyboardHint';
import { severityLabel, verdictState, verdictSummary } from './verdictSummary';

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

describe('formatJson', () => {
	test('pretty-prints, keeping values and duplicate keys exactly as written', () => {
		expect(formatJson('{"a":1.50,"a":[],"b":{"c":"\\u0041"},"d":[1,{}]}')).toBe(
			'{\n  "a": 1.50,\n  "a": [],\n  "b": {\n    "c": "\\u0041"\n  },\n  "d": [\n    1,\n    {}\n  ]\n}\n'
		);
	});

	test('leaves invalid or very deep text alone', () => {
		expect(formatJson('{"a": 1,}')).toBeUndefined();
		expect(formatJson('['.repeat(500) + ']'.repeat(500))).toBeUndefined();
	});
});

describe('verdictSummary', () => {
	test.each([
		[{ valid: true, errorCount: 0, warningCount: 0 }, 'Valid'],
		[{ valid: true, errorCount: 0, warningCount: 1 }, 'Valid, 1 warning'],
		[{ valid: true, errorCount: 0, warningCount: 3 }, 'Valid, 3 warnings'],
		[{ valid: false, errorCount: 1, warningCount: 0 }, 'Invalid: 1 error'],
		[{ valid: false, errorCount: 2, warningCount: 1 }, 'Invalid: 2 errors, 1 warning'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 0 }, 'Valid'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 1 }, 'Valid as far as checked: 1 part not checked'],
		[{ valid: true, errorCount: 0, warningCount: 1, notCheckedCount: 2 }, 'Valid as far as checked: 1 warning, 2 parts not checked'],
		[{ valid: false, errorCount: 1, warningCount: 0, notCheckedCount: 1 }, 'Invalid: 1 error, 1 part not checked'],
	])('%j -> %s', (verdict, text) => {
		expect(verdictSummary(verdict)).toBe(text);
	});

	test.each([
		[{ valid: false, errorCount: 1, warningCount: 0, notCheckedCount: 1 }, 'invalid'],
		[{ valid: true, errorCount: 0, warningCount: 1, notCheckedCount: 1 }, 'warning'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 1 }, 'partial'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 0 }, 'valid'],
	])('state of %j: %s', (verdict, state) => {
		expect(verdictState(verdict)).toBe(state);
	});

	test('severity labels: a part not checked is no error', () => {
		expect((['error', 'warning', 'info'] as const).map(severityLabel)).toEqual(['Error', 'Warning', 'Not checked']);
	});
});

describe('keyboard hint', () => {
	test('Ctrl+M, or Ctrl+Shift+M on macOS', () => {
		expect(tabFocusKey(isMac('MacIntel'))).toBe('Ctrl+Shift+M');
		expect(tabFocusKey(isMac('Linux x86_64', 'Mozilla/5.0 (X11; Linux x86_64)'))).toBe('Ctrl+M');
	});
});
