import { expect, test } from 'vitest';
import { longestWord } from './longestWord';

test('the longest piece between spaces and word joints', () => {
	expect(longestWord('CreateOrUpdateAuthSessionStartStatus')).toBe(7);
	expect(longestWord('Intuned SDK model reference')).toBe(9);
	expect(longestWord('Supercalifragilistic')).toBe(20);
	expect(longestWord('')).toBe(0);
});
