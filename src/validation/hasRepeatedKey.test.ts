import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasRepeatedKey } from './hasRepeatedKey';

describe('hasRepeatedKey', () => {
	test('short and long lists, repeats anywhere', () => {
		expect(hasRepeatedKey([])).toBe(false);
		expect(hasRepeatedKey(['a', 'b', 'c'])).toBe(false);
		expect(hasRepeatedKey(['a', 'b', 'a'])).toBe(true);
		const many = Array.from({ length: 5000 }, (_, i) => `key${i}`);
		expect(hasRepeatedKey(many)).toBe(false);
		expect(hasRepeatedKey([...many, 'key4999'])).toBe(true);
		expect(hasRepeatedKey(['', ...many, ''])).toBe(true);
	});

	test('agrees with a Set on any list, lone surrogates and colliding hashes included', () => {
		const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('a', 'b', '\ud800', '__proto__'));
		fc.assert(
			fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
				expect(hasRepeatedKey(keys)).toBe(new Set(keys).size !== keys.length);
			}),
			{ numRuns: 3000 }
		);
	});

	test('agrees with a Set on lists long enough for a typed table (over 512 keys), with or without one repeat', () => {
		const keys = fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 4 }), { minLength: 513, maxLength: 900 });
		fc.assert(
			fc.property(keys, fc.option(fc.tuple(fc.nat(), fc.nat())), (distinct, repeat) => {
				const list = [...distinct];
				if (repeat) list.splice(repeat[0] % (list.length + 1), 0, list[repeat[1] % list.length]!);
				expect(hasRepeatedKey(list)).toBe(repeat !== null);
			}),
			{ numRuns: 300 }
		);
	});
});
