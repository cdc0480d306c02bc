import { describe, expect, test } from 'vitest';
import { countOwnKeys } from './countOwnKeys';
import { deeplyNested } from './jsonTexts.test-helper';

describe('countOwnKeys', () => {
	test('keys of every object at every level, and the depth', () => {
		expect(countOwnKeys(1)).toEqual({ keys: 0, depth: 0 });
		expect(countOwnKeys(null)).toEqual({ keys: 0, depth: 0 });
		expect(countOwnKeys({})).toEqual({ keys: 0, depth: 1 });
		expect(countOwnKeys([[], [{}]])).toEqual({ keys: 0, depth: 3 });
		expect(countOwnKeys({ a: 1, b: { c: [1, { d: null, e: 'x' }] } })).toEqual({ keys: 5, depth: 4 });
	});

	test('JSON.parse keeps one copy of a repeated key, and __proto__ as an own key', () => {
		expect(countOwnKeys(JSON.parse('{"a": 1, "a": {"b": 2}, "__proto__": {"c": 3}}'))).toEqual({ keys: 4, depth: 2 });
	});

	test('any depth', () => {
		expect(countOwnKeys(JSON.parse(deeplyNested(50_000)))).toEqual({ keys: 50_000, depth: 100_000 });
	});
});
