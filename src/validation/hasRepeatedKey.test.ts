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
});
