import { describe, expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { validate } from '../validation/validate';
import { answerValidationJob, type ValidationAnswer, type ValidationJob } from './validationJob';
import { validationScheduler } from './validationScheduler';

const LIMIT = 40;
const SHORT = '{"status":"started","operationId":"a"}'; // 38 characters: checked at once
const LONG_VALID = '{"status":"started","operationId":"abcdefgh"}';
const LONG_INVALID = '{"status":"Started","operationId":"abcdefgh"}';

/** A scheduler over a fake editor and a fake worker whose answers the test releases by hand. */
function setup({ withWorker = true } = {}) {
	const state = { text: SHORT };
	const verdicts: string[] = [];
	const ranHere: string[] = [];
	const posted: ValidationJob[] = [];
	const deferred: (() => void)[] = [];
	let callbacks: { onAnswer: (answer: ValidationAnswer) => void; onFailure: () => void } | undefined;
	let started = 0;
	let stopped = 0;
	const model = getModel('createorupdateauthsessionstart');
	const scheduler = validationScheduler({
		current: () => ({ text: state.text, model: model.slug, mode: 'json' }),
		validateHere: ({ text }) => {
			ranHere.push(text);
			return validate(text, model);
		},
		onVerdict: (verdict) => verdicts.push(verdict.valid ? 'valid' : 'invalid'),
		startWorker: withWorker
			? (onAnswer, onFailure) => {
					started++;
					callbacks = { onAnswer, onFailure };
					return { post: (job) => posted.push(job), stop: () => stopped++ };
				}
			: undefined,
		syncLimit: LIMIT,
		defer: (callback) => deferred.push(callback),
	});
	const edit = (text: string) => {
		state.text = text;
		scheduler.changed();
	};
	/** The worker answers the oldest job it was sent, computed as the real worker does. */
	const answer = () => callbacks!.onAnswer(answerValidationJob(posted.shift()!));
	return {
		edit,
		answer,
		verdicts,
		ranHere,
		posted,
		deferred,
		fail: () => callbacks!.onFailure(),
		started: () => started,
		stopped: () => stopped,
	};
}

describe('validationScheduler', () => {
	test('a short text is checked at once on this thread; no worker starts', () => {
		const run = setup();
		run.edit(SHORT);
		expect(run.verdicts).toEqual(['valid']);
		expect(run.ranHere).toEqual([SHORT]);
		expect(run.started()).toBe(0);
	});

	test('the first long text is checked here once the current task is done, while the worker starts; later ones go to the worker', () => {
		const run = setup();
		run.edit(LONG_INVALID);
		expect(run.started()).toBe(1);
		expect(run.posted).toEqual([]);
		expect(run.verdicts).toEqual([]);
		run.deferred.shift()!();
		expect(run.verdicts).toEqual(['invalid']);
		expect(run.ranHere).toEqual([LONG_INVALID]);

		run.edit(LONG_VALID);
		expect(run.posted).toEqual([{ id: 2, text: LONG_VALID, model: 'createorupdateauthsessionstart', mode: 'json' }]);
		run.answer();
		expect(run.verdicts).toEqual(['invalid', 'valid']);
		expect(run.ranHere).toEqual([LONG_INVALID]);
		expect(run.started()).toBe(1);
	});

	test('changes while the worker is busy become one job for the newest text; the stale answer is dropped', () => {
		const run = setup();
		run.edit(LONG_INVALID); // starts the worker
		run.deferred.shift()!();
		run.edit(LONG_VALID);
		run.edit(LONG_INVALID + ' ');
		run.edit(LONG_INVALID);
		expect(run.posted.map((job) => job.id)).toEqual([2]);
		run.answer(); // about change 2: dropped, and the newest text is sent
		expect(run.verdicts).toEqual(['invalid']);
		expect(run.posted).toMatchObject([{ id: 4, text: LONG_INVALID }]);
		run.answer();
		expect(run.verdicts).toEqual(['invalid', 'invalid']);
		expect(run.started()).toBe(1);
	});

	test('an answer about a long text that has since become short is dropped, the short one already shown', () => {
		const run = setup();
		run.edit(LONG_VALID);
		run.deferred.shift()!();
		run.edit(LONG_INVALID);
		run.edit(SHORT);
		expect(run.verdicts).toEqual(['valid', 'valid']);
		run.answer();
		expect(run.verdicts).toEqual(['valid', 'valid']);
		expect(run.posted).toEqual([]);
	});

	test('if the worker breaks, long texts are checked on this thread once the current task is done, from then on', () => {
		const run = setup();
		run.edit(LONG_VALID);
		run.deferred.shift()!();
		run.edit(LONG_INVALID);
		run.fail();
		expect(run.stopped()).toBe(1);
		expect(run.deferred).toHaveLength(1);
		run.deferred.shift()!();
		expect(run.verdicts).toEqual(['valid', 'invalid']);
		run.edit(LONG_VALID);
		run.edit(LONG_VALID + ' ');
		expect(run.deferred).toHaveLength(1); // a burst costs one run
		run.deferred.shift()!();
		expect(run.verdicts).toEqual(['valid', 'invalid', 'valid']);
		expect(run.posted).toHaveLength(1);
		expect(run.started()).toBe(1);
	});

	test('without a worker, long texts are checked on this thread once the current task is done', () => {
		const run = setup({ withWorker: false });
		run.edit(LONG_INVALID);
		expect(run.verdicts).toEqual([]);
		run.deferred.shift()!();
		expect(run.verdicts).toEqual(['invalid']);
		expect(run.ranHere).toEqual([LONG_INVALID]);
	});
});

describe('answerValidationJob', () => {
	test("the worker's verdict is the engine's, without the parsed value, in either mode", () => {
		const model = getModel('createorupdateauthsessionstart');
		const { value: _value, ...expected } = validate(LONG_INVALID, model);
		expect(answerValidationJob({ id: 7, text: LONG_INVALID, model: model.slug, mode: 'json' })).toEqual({
			id: 7,
			verdict: expected,
		});
		const typescript = answerValidationJob({ id: 8, text: `const value = { status: "Started" };`, model: model.slug, mode: 'typescript' });
		expect(typescript.verdict).not.toHaveProperty('value');
		expect(typescript.verdict.problems.map((problem) => problem.code)).toEqual(['missing_property', 'invalid_value']);
	});
});
