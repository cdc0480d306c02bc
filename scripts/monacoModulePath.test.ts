import { expect, test } from 'vitest';
import { monacoModulePath } from './monacoModulePath.mjs';

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
