import { expect, test } from 'vitest';
import { monacoPatch, replaceOnce } from './monacoPatch.mjs';

test('replaceOnce replaces the one occurrence, and throws the message when there is none or more than one', () => {
	expect(replaceOnce('a b c', 'b', 'x', 'no')).toBe('a x c');
	expect(replaceOnce('a $& c', '$&', 'x', 'no')).toBe('a x c');
	expect(replaceOnce('a b c', 'b', '$&$&', 'no')).toBe('a $&$& c');
	expect(() => replaceOnce('a c', 'b', 'x', 'not there')).toThrow('not there');
	expect(() => replaceOnce('b b', 'b', 'x', 'twice')).toThrow('twice');
});

test('a patch says which module no longer reads as expected, and what to check', () => {
	const patch = monacoPatch({ name: 'p', path: 'vs/a.js', edits: [{ find: 'b', replace: 'B' }], check: 'look at q' });
	expect(patch.apply('abc')).toBe('aBc');
	expect(() => patch.apply('ac')).toThrow('p: vs/a.js does not read as in monaco-editor 0.57; look at q');
});

test('a patch of several edits makes them in turn, and throws when any one is not there once', () => {
	const patch = monacoPatch({ name: 'p', path: 'vs/a.js', edits: [{ find: 'a', replace: 'A' }, { find: 'Ab', replace: 'X' }], check: 'q' });
	expect(patch.apply('abc')).toBe('Xc');
	expect(() => patch.apply('bc')).toThrow('p: vs/a.js does not read as in monaco-editor 0.57; q (edit 1 of 2 is not there exactly once: "a")');
	expect(() => patch.apply('acb')).toThrow('(edit 2 of 2 is not there exactly once: "Ab")');
});

test("a patch's plugin patches the module its filter lets through, before other plugins", () => {
	const plugin = monacoPatch({ name: 'p', path: 'vs/a.js', edits: [{ find: 'b', replace: 'B' }], check: '' }).plugin();
	expect(plugin.name).toBe('p');
	expect(plugin.enforce).toBe('pre');
	expect(plugin.transform.filter.id.test('/p/node_modules/monaco-editor/esm/vs/a.js')).toBe(true);
	expect(plugin.transform.filter.id.test('/p/node_modules/monaco-editor/esm/vs/b.js')).toBe(false);
	expect((plugin.transform as unknown as { handler(code: string): unknown }).handler('abc')).toEqual({ code: 'aBc', map: null });
});
