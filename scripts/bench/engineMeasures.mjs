// The engine's throughput in Node: `validate(text, model)` against its floor, `JSON.parse` plus
// ajv on the published JSON Schema, for each payload shape and size. The candidates take turns
// (one sample each, round after round, the first of the round moving by one each time), so a
// change in the machine's load, or garbage one candidate leaves for the next to collect, falls on
// all of them alike.
import { performance } from 'node:perf_hooks';
import { payloads } from './payloads.mjs';
import { summary } from './summary.mjs';

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
 * Median time of each candidate, in ms per call. Small inputs are timed in batches of calls so one
 * sample is long enough to measure (`batchSize`).
 * @param {Record<string, () => unknown>} candidates
 * @param {number} budgetMs time to spend in total, after a warm-up
 */
export function timeInTurns(candidates, budgetMs) {
	const entries = Object.entries(candidates);
	const batch = {};
	for (const [name, fn] of entries) batch[name] = batchSize(fn);
	const samples = Object.fromEntries(entries.map(([name]) => [name, []]));
	const until = performance.now() + budgetMs;
	for (let round = 0; performance.now() < until || round < 5; round++) {
		for (let turn = 0; turn < entries.length; turn++) {
			const [name, fn] = entries[(round + turn) % entries.length];
			const start = performance.now();
			for (let i = 0; i < batch[name]; i++) fn();
			samples[name].push((performance.now() - start) / batch[name]);
		}
	}
	return Object.fromEntries(entries.map(([name]) => [name, summary(samples[name])]));
}

/**
 * @param {{ validate: (text: string) => unknown, ajvValidate: (value: unknown) => boolean, budgetMs: number, shapes?: string[], sizes?: number[] }} options
 *   `shapes` and `sizes` pick cases (default: every shape of `payloads`, at `ENGINE_SIZES`)
 */
export function engineMeasures({ validate, ajvValidate, budgetMs, shapes = Object.keys(payloads), sizes = ENGINE_SIZES }) {
	const rows = [];
	for (const shape of shapes) {
		const payload = payloads[shape];
		if (!payload) throw new Error(`No payload shape ${JSON.stringify(shape)}: the shapes are ${Object.keys(payloads).join(', ')}.`);
		for (const bytes of sizes) {
			const text = payload(bytes);
			const times = timeInTurns(
				{
					parse: () => JSON.parse(text),
					parseAjv: () => ajvValidate(JSON.parse(text)),
					validate: () => validate(text),
				},
				budgetMs
			);
			rows.push({ shape, bytes: text.length, ...times, ratio: times.validate.median / times.parseAjv.median });
		}
	}
	return rows;
}
