import { describe, expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { didYouMean } from './didYouMean';
import { validate } from './validate';

// The limit is an edit distance of 2, after case and surrounding spaces are ignored. Each case
// names its distance to "started" / "operationId".

describe('didYouMean: values, at the boundary', () => {
	const allowed = ['started'];

	test.each([
		['started', 'exact'],
		['startedd', '1: one insertion'],
		['startd', '1: one deletion'],
		['startxd', '1: one substitution'],
		['stabbed', '2: two substitutions, same length'],
		['startedxy', '2: two longer'],
		['stard', '2: two shorter'],
	])('%s is offered "started" (distance %s)', (received) => {
		expect(didYouMean(received, allowed)).toBe('started');
	});

	test.each([
		['sxabbed', '3: three substitutions, same length'],
		['startedxyz', '3: three longer'],
		['star', '3: three shorter'],
		['finished', 'far'],
	])('%s is offered nothing (distance %s)', (received) => {
		expect(didYouMean(received, allowed)).toBeUndefined();
	});

	test('case and surrounding spaces are ignored; inner spaces are edits', () => {
		expect(didYouMean('STARTED', allowed)).toBe('started');
		expect(didYouMean('  started\t', allowed)).toBe('started');
		expect(didYouMean(' STABBED ', allowed)).toBe('started');
		expect(didYouMean(' SXABBED ', allowed)).toBeUndefined();
		expect(didYouMean('sta rted', allowed)).toBe('started');
		expect(didYouMean('s t a rted', allowed)).toBeUndefined();
	});

	test('the nearest allowed value wins, not the first; the allowed value is returned as written', () => {
		expect(didYouMean('startex', ['starts', 'started'])).toBe('started');
		expect(didYouMean('started', ['Started'])).toBe('Started');
	});

	test('maxDistance moves the limit', () => {
		expect(didYouMean('Started', allowed, { maxDistance: 0 })).toBe('started');
		expect(didYouMean('startd', allowed, { maxDistance: 0 })).toBeUndefined();
		expect(didYouMean('sxabbed', allowed, { maxDistance: 3 })).toBe('started');
	});

	test('text longer than 200 characters is not compared', () => {
		expect(didYouMean('a'.repeat(200), ['a'.repeat(200)])).toBe('a'.repeat(200));
		expect(didYouMean('a'.repeat(201), ['a'.repeat(201)])).toBeUndefined();
	});
});

describe('didYouMean: keys, at the boundary', () => {
	const missing = ['status', 'operationId'];

	test.each([
		['operationID', 'case only'],
		['operationid', 'case only'],
		['operatonId', '1'],
		['operaXXonId', '2'],
		['operationIdxy', '2'],
	])('%s is offered "operationId" (%s)', (received) => {
		expect(didYouMean(received, missing)).toBe('operationId');
	});

	test.each([['operXXXonId'], ['operationIdxyz'], ['opId']])('%s is offered nothing', (received) => {
		expect(didYouMean(received, missing)).toBeUndefined();
	});
});

describe('didYouMean in the engine: the same limit for values and keys', () => {
	const model = getModel('createorupdateauthsessionstart');
	const message = (text: string, code: string) =>
		validate(text, model).problems.find((problem) => problem.code === code)!.message;

	test('values', () => {
		expect(message('{"status": "stabbed", "operationId": "x"}', 'invalid_value')).toContain('did you mean "started"?');
		expect(message('{"status": " STARTED ", "operationId": "x"}', 'invalid_value')).toContain('did you mean "started"?');
		expect(message('{"status": "sxabbed", "operationId": "x"}', 'invalid_value')).not.toMatch(/did you mean/i);
	});

	test('keys (a missing key near an unknown one)', () => {
		// A near miss of a missing required key is one error on the key; a far one stays a plain unknown key.
		expect(message('{"status": "started", "operaXXonId": "x"}', 'misspelled_key')).toBe('Unknown key "operaXXonId": did you mean "operationId"?');
		expect(message('{"status": "started", "OPERATIONID": "x"}', 'misspelled_key')).toBe('Unknown key "OPERATIONID": did you mean "operationId"?');
		expect(message('{"status": "started", "operXXXonId": "x"}', 'unknown_property')).not.toMatch(/did you mean/i);
		expect(message('{"status": "started", "operXXXonId": "x"}', 'missing_property')).toBe('Missing required property "operationId": expected a string.');
	});
});
