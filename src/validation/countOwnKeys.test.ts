import fc from 'fast-check';
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

	test('own keys only, even when Object.prototype has an enumerable key', () => {
		const value = JSON.parse('{"a": 1, "b": {"c": [{"d": 2}]}}');
		(Object.prototype as Record<string, unknown>).polluted = 1;
		try {
			expect(countOwnKeys(value)).toEqual({ keys: 4, depth: 4 });
		} finally {
			delete (Object.prototype as Record<string, unknown>).polluted;
		}
	});

	test('agrees with a count over Object.values on any JSON value', () => {
		const reference = (value: unknown, level = 1): { keys: number; depth: number } => {
			if (typeof value !== 'object' || value === null) return { keys: 0, depth: 0 };
			const children = Array.isArray(value) ? value : Object.values(value);
			let keys = Array.isArray(value) ? 0 : children.length;
			let depth = level;
			for (const child of children) {
				const inner = reference(child, level + 1);
				keys += inner.keys;
				depth = Math.max(depth, inner.depth);
			}
			return { keys, depth };
		};
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const parsed = JSON.parse(JSON.stringify(value));
				expect(countOwnKeys(parsed)).toEqual(reference(parsed));
			}),
			{ numRuns: 2000 }
		);
	});

	test('any depth', () => {
		expect(countOwnKeys(JSON.parse(deeplyNested(50_000)))).toEqual({ keys: 50_000, depth: 100_000 });
	});
});
