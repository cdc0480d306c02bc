import { expect, test } from 'vitest';
import { monacoModuleFilter, replaceOnce } from './monacoPatch.mjs';

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
