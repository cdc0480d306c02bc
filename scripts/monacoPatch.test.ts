import { expect, test } from 'vitest';
import { monacoModuleFilter, monacoPatchPlugin, replaceOnce } from './monacoPatch.mjs';

test('replaceOnce replaces the one occurrence, and throws the message when there is none or more than one', () => {
	expect(replaceOnce('a b c', 'b', 'x', 'no')).toBe('a x c');
	expect(replaceOnce('a $& c', '$&', 'x', 'no')).toBe('a x c');
	expect(replaceOnce('a b c', 'b', '$&$&', 'no')).toBe('a $&$& c');
	expect(() => replaceOnce('a c', 'b', 'x', 'not there')).toThrow('not there');
	expect(() => replaceOnce('b b', 'b', 'x', 'twice')).toThrow('twice');
});

test("monacoModuleFilter reaches only that module of Monaco's ESM build, with any query", () => {
	const filter = monacoModuleFilter('vs/editor/common/a.b.js');
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/a.b.js')).toBe(true);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/a.b.js?worker')).toBe(true);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/aXb.js')).toBe(false);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/a.b.js.map')).toBe(false);
	expect(filter.id.test('/p/src/vs/editor/common/a.b.js')).toBe(false);
});

test('monacoPatchPlugin patches the module its filter lets through, before other plugins', () => {
	const plugin = monacoPatchPlugin('p', 'vs/a.js', (source) => source.toUpperCase());
	expect(plugin.enforce).toBe('pre');
	expect(plugin.transform.filter.id.test('/p/node_modules/monaco-editor/esm/vs/a.js')).toBe(true);
	expect(plugin.transform.filter.id.test('/p/node_modules/monaco-editor/esm/vs/b.js')).toBe(false);
	expect((plugin.transform as unknown as { handler(code: string): unknown }).handler('abc')).toEqual({ code: 'ABC', map: null });
});
