import { expect, test } from 'vitest';
import { pairedRatio, summary } from './summary.mjs';

test('median, min, max and count', () => {
	expect(summary([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
	expect(summary([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
	expect(summary([]).n).toBe(0);
	expect(summary([]).median).toBeNaN();
});

test('pairedRatio: the median of the ratios of samples taken side by side', () => {
	expect(pairedRatio([2, 4, 6], [1, 2, 3])).toBe(2);
	// Half the pairs at one speed, half at three times that: each pair says 2, whatever the medians.
	const fast = [2, 2, 2];
	const slow = [6, 6, 6];
	const validate = [...fast, ...slow, 6];
	const floor = [1, 1, 1, 3, 3, 3, 3];
	expect(pairedRatio(validate, floor)).toBe(2);
	// The ratio of the medians turns on which speed each median falls on: with one of the floor's
	// slow samples fast instead, its median is a fast one and the ratio reads 6 / 1.
	expect(summary(validate).median / summary([1, 1, 1, 1, 3, 3, 3]).median).toBe(6);
	expect(pairedRatio([4, 6], [2])).toBe(2);
	expect(pairedRatio([], [])).toBeNaN();
});
