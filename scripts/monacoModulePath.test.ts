import { expect, test } from 'vitest';
import { MONACO_SCRIPT_ID, monacoModuleFilter, monacoModulePath } from './monacoModulePath.mjs';

test("a Monaco module's path under monaco-editor/esm/, with either separator and without the query", () => {
	expect(monacoModulePath('/p/node_modules/monaco-editor/esm/vs/base/common/event.js')).toBe('vs/base/common/event.js');
	expect(monacoModulePath('C:\\p\\node_modules\\monaco-editor\\esm\\vs\\nls.js')).toBe('vs/nls.js');
	expect(monacoModulePath('/p/node_modules/monaco-editor/esm/vs/base/browser/ui/menu/menu.css?inline')).toBe('vs/base/browser/ui/menu/menu.css');
	expect(monacoModulePath('/p/node_modules/monaco-editor/esm/vs/a.js?v=1&x=2')).toBe('vs/a.js');
});

test('any other id is no Monaco module', () => {
	expect(monacoModulePath('/p/src/playground/monacoEditor.ts')).toBeUndefined();
	expect(monacoModulePath('/p/node_modules/monaco-editor/min/vs/loader.js')).toBeUndefined();
	expect(monacoModulePath('\0virtual:monaco-style')).toBeUndefined();
});

test("monacoModuleFilter reaches only the modules named, of Monaco's ESM build, with any query", () => {
	const filter = monacoModuleFilter('vs/editor/common/a.b.js', 'vs/c.css');
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/a.b.js')).toBe(true);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/a.b.js?worker')).toBe(true);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/c.css?inline')).toBe(true);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/aXb.js')).toBe(false);
	expect(filter.id.test('/p/node_modules/monaco-editor/esm/vs/editor/common/a.b.js.map')).toBe(false);
	expect(filter.id.test('/p/src/vs/editor/common/a.b.js')).toBe(false);
});

test("MONACO_SCRIPT_ID matches every script of Monaco's code, and nothing else", () => {
	expect(MONACO_SCRIPT_ID.test('/p/node_modules/monaco-editor/esm/vs/base/common/event.js')).toBe(true);
	expect(MONACO_SCRIPT_ID.test('/p/node_modules/monaco-editor/esm/vs/base/common/event.js?v=1')).toBe(true);
	expect(MONACO_SCRIPT_ID.test('/p/node_modules/monaco-editor/esm/vs/editor/editor.css')).toBe(false);
	expect(MONACO_SCRIPT_ID.test('/p/node_modules/monaco-editor/esm/metadata.js')).toBe(false);
	expect(MONACO_SCRIPT_ID.test('/p/src/playground/monacoEditor.ts')).toBe(false);
});
