// The engine's throughput in Node: `validate(text, model)` against its floor, `JSON.parse` plus
// ajv on the published JSON Schema, for each payload shape and size. The candidates take turns
// (one sample each, round after round, the first of the round moving by one each time), so a
// change in the machine's load, or garbage one candidate leaves for the next to collect, falls on
// all of them alike; and the cases are timed a slice at a time, in passes over all of them, so a
// slow stretch of the machine falls on a part of each case's samples rather than on all of one case's.
import { performance } from 'node:perf_hooks';
import { payloads } from './payloads.mjs';
import { pairedRatio, summary } from './summary.mjs';

export const ENGINE_SIZES = [1024, 100 * 1024, 1024 * 1024];

/** Least time one sample of a candidate should take, ms: batches of calls reach it at small sizes. */
export const SAMPLE_MS = 1;

/**
 * How many calls of `fn` make one sample of at least `SAMPLE_MS`, once `fn` is warm: it is called
 * for `warmUpMs` first (at least 3 times), so the count is taken on the code the samples will run,
 * not on its first, unoptimized calls (a 1 KB check took 0.34 ms on its 4th call and 0.015 ms
 * once warm: a count taken on that call made samples of 3 calls, 70 µs, not 1 ms).
 * @param {() => unknown} fn
 * @param {{ now?: () => number, warmUpMs?: number }} [options]
 */
export function batchSize(fn, { now = () => performance.now(), warmUpMs = 50 } = {}) {
	const warmUntil = now() + warmUpMs;
	for (let calls = 0; calls < 3 || now() < warmUntil; calls++) fn();
	for (let batch = 1; ; batch *= 2) {
		const start = now();
		for (let i = 0; i < batch; i++) fn();
		const elapsed = now() - start;
		if (elapsed >= SAMPLE_MS) return Math.max(1, Math.ceil((batch * SAMPLE_MS) / elapsed));
	}
}

/**
 * How many passes the engine cases are timed in: each case gets `budgetMs / ENGINE_PASSES` in
 * each pass over all the cases, so its samples are spread over the whole engine run rather than
 * taken in one stretch. The machines are shared and switch between two speeds (about 2x apart)
 * for stretches of 3-12 s: timed in one stretch, a case got whichever speed it fell on (run 21:
 * the 1 KB nested floor read 12.9 µs against its usual 6.7); in passes, every case's samples fall
 * on both speeds in the run's proportion.
 */
export const ENGINE_PASSES = 5;

/** Least rounds of turns a case gets in all, however long its calls take. */
const MIN_ROUNDS = 5;

/**
 * Each candidate's time per call (ms) in each case: its samples and their median. In each of
 * `passes` passes over the cases, a case's candidates take turns for `budgetMs / passes` (one
 * sample each, round after round, the first of the round moving by one each time), so a change in
 * the machine's load, or garbage one candidate leaves for the next to collect, falls on all of
 * them alike. Small inputs are timed in batches of calls so one sample is long enough to measure
 * (`batchSize`), sized when the case is first reached.
 * @param {Array<Record<string, () => unknown>>} cases
 * @param {{ budgetMs: number, passes?: number, now?: () => number, warmUpMs?: number }} options
 *   `budgetMs`: time for each case in all, after its warm-up
 * @returns {Array<{ summaries: Record<string, ReturnType<typeof summary>>, samples: Record<string, number[]> }>}
 *   each case's summaries, and its samples by candidate, in rounds (sample i of each is from round i)
 */
export function timeInPasses(cases, { budgetMs, passes = ENGINE_PASSES, now = () => performance.now(), warmUpMs }) {
	const states = cases.map((candidates) => {
		const entries = Object.entries(candidates);
		return { entries, batch: undefined, samples: entries.map(() => []), round: 0 };
	});
	const minRounds = Math.ceil(MIN_ROUNDS / passes);
	for (let pass = 0; pass < passes; pass++) {
		for (const state of states) {
			const { entries, samples } = state;
			state.batch ??= entries.map(([, fn]) => batchSize(fn, { now, warmUpMs }));
			const until = now() + budgetMs / passes;
			for (let rounds = 0; now() < until || rounds < minRounds; rounds++, state.round++) {
				for (let turn = 0; turn < entries.length; turn++) {
					const index = (state.round + turn) % entries.length;
					const fn = entries[index][1];
					const batch = state.batch[index];
					const start = now();
					for (let i = 0; i < batch; i++) fn();
					samples[index].push((now() - start) / batch);
				}
			}
		}
	}
	return states.map(({ entries, samples }) => ({
		summaries: Object.fromEntries(entries.map(([name], index) => [name, summary(samples[index])])),
		// Sample i of every candidate is from round i: side by side in time.
		samples: Object.fromEntries(entries.map(([name], index) => [name, samples[index]])),
	}));
}

/**
 * @param {{ validate: (text: string) => unknown, ajvValidate: (value: unknown) => boolean, budgetMs: number, shapes?: string[], sizes?: number[] }} options
 *   `shapes` and `sizes` pick cases (default: every shape of `payloads`, at `ENGINE_SIZES`)
 */
export function engineMeasures({ validate, ajvValidate, budgetMs, shapes = Object.keys(payloads), sizes = ENGINE_SIZES }) {
	const cases = [];
	for (const shape of shapes) {
		const payload = payloads[shape];
		if (!payload) throw new Error(`No payload shape ${JSON.stringify(shape)}: the shapes are ${Object.keys(payloads).join(', ')}.`);
		for (const bytes of sizes) {
			const text = payload(bytes);
			cases.push({
				shape,
				bytes: text.length,
				candidates: {
					parse: () => JSON.parse(text),
					parseAjv: () => ajvValidate(JSON.parse(text)),
					validate: () => validate(text),
				},
			});
		}
	}
	const times = timeInPasses(cases.map(({ candidates }) => candidates), { budgetMs });
	// The ratio pair by pair (`pairedRatio`): the cases' slices fall on both of the machine's speeds,
	// and the two medians could each fall on a different one.
	return cases.map(({ shape, bytes }, index) => {
		const { summaries, samples } = times[index];
		return { shape, bytes, ...summaries, ratio: pairedRatio(samples.validate, samples.parseAjv) };
	});
}
