import { expect, test } from 'vitest';
import { summary } from './summary.mjs';

test('median, min, max and count', () => {
	expect(summary([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
	expect(summary([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
	expect(summary([]).n).toBe(0);
	expect(summary([]).median).toBeNaN();
});
