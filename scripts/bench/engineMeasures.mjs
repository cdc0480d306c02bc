// The engine's throughput in Node: `validate(text, model)` against its floor, `JSON.parse` plus
// ajv on the published JSON Schema, for each payload shape and size. The candidates take turns
// (one sample each, round after round, the first of the round moving by one each time), so a
// change in the machine's load, or garbage one candidate leaves for the next to collect, falls on
// all of them alike.
import { performance } from 'node:perf_hooks';
import { payloads } from './payloads.mjs';
import { summary } from './summary.mjs';

export const ENGINE_SIZES = [1024, 100 * 1024, 1024 * 1024];

/**
 * Median time of each candidate, in ms per call. Small inputs are timed in batches of calls so one
 * sample is long enough to measure.
 * @param {Record<string, () => unknown>} candidates
 * @param {number} budgetMs time to spend in total, after a warm-up
 */
export function timeInTurns(candidates, budgetMs) {
	const entries = Object.entries(candidates);
	const batch = {};
	for (const [name, fn] of entries) {
		for (let i = 0; i < 3; i++) fn();
		const start = performance.now();
		fn();
		batch[name] = Math.max(1, Math.ceil(1 / Math.max(performance.now() - start, 1e-4)));
	}
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
