import { describe, expect, test } from 'vitest';
import { lazyJsonTree } from './lazyJsonTree';
import { objectMembers } from './objectMembers';
import { parseJson } from './parseJson';

describe('objectMembers', () => {
	const text = '{"a": 1, "b": {"c": [2]}, "a": "x"}';

	test('a parser tree: keys in text order, each property, and which hold containers', () => {
		const parsed = parseJson(text);
		if (!parsed.ok || parsed.root.kind !== 'object') throw new Error('not an object');
		const members = objectMembers(parsed.root);
		expect(members.keys).toEqual(['a', 'b', 'a']);
		expect(members.property(1)).toBe(parsed.root.properties[1]);
		expect([0, 1, 2].map((index) => members.holdsContainer(index))).toEqual([false, true, false]);
	});

	test('a lazy tree: the same, property by property', () => {
		const parsed = parseJson(text);
		const { root } = lazyJsonTree(text, JSON.parse(text));
		if (!parsed.ok || parsed.root.kind !== 'object' || root.kind !== 'object') throw new Error('not an object');
		const members = objectMembers(root);
		expect(members.keys).toEqual(['a', 'b', 'a']);
		expect([0, 1, 2].map((index) => members.holdsContainer(index))).toEqual([false, true, false]);
		for (const index of [2, 0]) {
			expect({ ...members.property(index), value: { ...members.property(index).value } }).toEqual(parsed.root.properties[index]);
		}
		expect(members.property(2)).toBe(members.property(2));
	});
});
