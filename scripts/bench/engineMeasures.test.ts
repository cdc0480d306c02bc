import { describe, expect, test } from 'vitest';
import { SAMPLE_MS, batchSize, timeInPasses } from './engineMeasures.mjs';
import { pairedRatio } from './summary.mjs';

/** A candidate on a made-up clock: each call takes `cost(call)` ms. */
function candidate(cost: (call: number) => number) {
	let clock = 0;
	let calls = 0;
	return { fn: () => void (clock += cost(calls++)), now: () => clock, calls: () => calls };
}

test('a batch is sized on warm calls: slow first calls do not shrink it', () => {
	// 0.34 ms for the first ten calls, then 0.015 ms (a 1 KB check, cold then optimized).
	const check = candidate((call) => (call < 10 ? 0.34 : 0.015));
	const batch = batchSize(check.fn, { now: check.now, warmUpMs: 20 });
	expect(batch * 0.015).toBeGreaterThanOrEqual(SAMPLE_MS);
	expect(batch * 0.015).toBeLessThan(2 * SAMPLE_MS);
});

test('a call that takes longer than a sample is a batch of one; every candidate is called at least three times first', () => {
	const slow = candidate(() => 5);
	expect(batchSize(slow.fn, { now: slow.now, warmUpMs: 0 })).toBe(1);
	expect(slow.calls()).toBe(4);
});

test('a batch reaches a sample of at least SAMPLE_MS, whatever the cost of a call', () => {
	for (const cost of [0.0003, 0.004, 0.07, 0.5, 0.999, 1]) {
		const check = candidate(() => cost);
		const batch = batchSize(check.fn, { now: check.now, warmUpMs: 1 });
		expect(batch * cost).toBeGreaterThanOrEqual(SAMPLE_MS - 1e-9);
		expect((batch - 1) * cost).toBeLessThan(SAMPLE_MS);
	}
});

describe('timeInPasses', () => {
	/**
	 * Two cases of one candidate each on one made-up clock: a call takes 0.01 ms, and five times as
	 * long while the clock is in a burst of load from 106 to 206 ms (after both cases' batches are
	 * sized, at the start of the run).
	 */
	function casesWithBurst() {
		let clock = 0;
		const call = () => void (clock += clock >= 106 && clock < 206 ? 0.05 : 0.01);
		return { cases: [{ check: call }, { check: call }], now: () => clock };
	}

	test('a burst of load in one stretch of the run moves the median of the case timed then', () => {
		const { cases, now } = casesWithBurst();
		const [first, second] = timeInPasses(cases, { budgetMs: 100, passes: 1, now, warmUpMs: 0 }).map((time) => time.summaries);
		expect(first!.check.median).toBeCloseTo(0.01);
		expect(second!.check.median).toBeCloseTo(0.05);
	});

	test('timed in passes, the same burst falls on a part of each case and moves neither median', () => {
		const { cases, now } = casesWithBurst();
		const times = timeInPasses(cases, { budgetMs: 100, passes: 5, now, warmUpMs: 0 }).map((time) => time.summaries);
		for (const time of times) {
			expect(time.check.median).toBeCloseTo(0.01);
			// The burst did fall on the case: some samples are slow.
			expect(time.check.max).toBeCloseTo(0.05);
		}
	});

	test('every candidate of every case is sampled in each pass, in turns, at least five rounds in all', () => {
		let clock = 0;
		const order: string[] = [];
		const candidate = (name: string, cost: number) => () => {
			clock += cost;
			order.push(name);
		};
		// A call longer than the whole budget: the least rounds still apply.
		const cases: Record<string, () => void>[] = [{ a: candidate('a', 50), b: candidate('b', 50) }, { c: candidate('c', 0.5) }];
		const times = timeInPasses(cases, { budgetMs: 10, passes: 3, now: () => clock, warmUpMs: 0 }).map((time) => time.summaries);
		expect(times[0]!.a.n).toBeGreaterThanOrEqual(5);
		expect(times[0]!.b.n).toBe(times[0]!.a.n);
		expect(times[1]!.c.n).toBeGreaterThanOrEqual(5);
		// The first case's turns alternate which candidate goes first, and the cases take turns by pass.
		const firstCase = order.filter((name) => name !== 'c').join('');
		expect(firstCase).toContain('abba');
		expect(order.join('').match(/a[ab]*c+/g)?.length).toBe(3);
	});

	test('sample i of each candidate is from round i: pairs taken side by side in time', () => {
		let clock = 0;
		// The machine slows down steadily: a call takes longer the later it is made.
		const one = () => void (clock += 0.01 * (1 + clock / 10));
		const two = () => {
			one();
			one();
		};
		const [time] = timeInPasses([{ one, two }], { budgetMs: 300, passes: 5, now: () => clock, warmUpMs: 0 });
		expect(time!.samples.two!.length).toBe(time!.samples.one!.length);
		expect(pairedRatio(time!.samples.two!, time!.samples.one!)).toBeCloseTo(2, 1);
		// Paired with samples from three rounds earlier, the ratio is far from 2 (about 3).
		expect(pairedRatio(time!.samples.two!.slice(3), time!.samples.one!)).toBeGreaterThan(2.5);
	});
});
