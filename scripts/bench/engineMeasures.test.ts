import { expect, test } from 'vitest';
import { SAMPLE_MS, batchSize } from './engineMeasures.mjs';

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
