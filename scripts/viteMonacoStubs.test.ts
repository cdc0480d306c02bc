import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MONACO_STUBS, MONACO_STUBS_FILTER, monacoStubSource } from './viteMonacoStubs.mjs';

const MONACO_ESM = new URL('../node_modules/monaco-editor/esm/', import.meta.url);
const STUB_DIR = new URL('../src/playground/monacoStubs/', import.meta.url);

/** Names a module exports: `export { a, b as c }`, `export class X`, `export function f`, `export const k`. */
function exportedNames(source: string): Set<string> {
	const names = new Set<string>();
	for (const [, list] of source.matchAll(/^export\s*\{([^}]*)\}/gm))
		for (const item of list.split(',')) if (item.trim()) names.add(item.trim().split(/\s+as\s+/).at(-1)!);
	for (const [, name] of source.matchAll(/^export\s+(?:class|function|const|let)\s+([\w$]+)/gm)) names.add(name);
	return names;
}

test.each(Object.keys(MONACO_STUBS))('%s still exists in monaco-editor', (path) => {
	expect(existsSync(new URL(path, MONACO_ESM))).toBe(true);
});

// One stand-in may replace several modules (the GPU renderer's parts): it may export what any of them does.
test.each([...new Set(Object.values(MONACO_STUBS))])('%s exports only names the modules it replaces have', (stub) => {
	const originals = Object.entries(MONACO_STUBS)
		.filter(([, replacement]) => replacement === stub)
		.map(([path]) => path);
	const kept = new Set(originals.flatMap((path) => [...exportedNames(readFileSync(new URL(path, MONACO_ESM), 'utf8'))]));
	const replaced = exportedNames(readFileSync(new URL(stub, STUB_DIR), 'utf8'));
	expect(replaced.size).toBeGreaterThan(0);
	expect([...replaced].filter((name) => !kept.has(name))).toEqual([]);
});

test('every stand-in file is used (unit tests beside them aside)', () => {
	const used = new Set(Object.values(MONACO_STUBS));
	expect(readdirSync(STUB_DIR).filter((file) => !file.endsWith('.test.ts') && !used.has(file))).toEqual([]);
});

test('a replaced module loads as its stand-in, whatever the query or path separators; others load as they are', () => {
	const gpu = readFileSync(new URL('gpuViewPart.js', STUB_DIR), 'utf8');
	expect(monacoStubSource('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.js')).toBe(gpu);
	expect(monacoStubSource('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.js?v=1')).toBe(gpu);
	expect(monacoStubSource('C:\\app\\node_modules\\monaco-editor\\esm\\vs\\editor\\browser\\gpu\\viewGpuContext.js')).toBe(gpu);
	expect(monacoStubSource('/app/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBeUndefined();
	expect(monacoStubSource('/app/src/vs/editor/browser/gpu/viewGpuContext.js')).toBeUndefined();
});

test('only the replaced modules reach the load hook (its filter), whatever the query or path separators', () => {
	const reaches = (id: string) => MONACO_STUBS_FILTER.id.test(id.replaceAll('\\', '/'));
	for (const path of Object.keys(MONACO_STUBS)) {
		expect(reaches(`/app/node_modules/monaco-editor/esm/${path}`)).toBe(true);
		expect(reaches(`/app/node_modules/monaco-editor/esm/${path}?v=1`)).toBe(true);
		expect(reaches(`C:\\app\\node_modules\\monaco-editor\\esm\\${path.replaceAll('/', '\\')}`)).toBe(true);
	}
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBe(false);
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.jsx')).toBe(false);
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContextXjs')).toBe(false);
	expect(reaches('/app/src/vs/editor/browser/gpu/viewGpuContext.js')).toBe(false);
});
