import { expect, test } from 'vitest';
import { MONACO_EDITOR_CHUNK, monacoCodeSplitting, staticImportsOf } from './monacoChunks.mjs';

const MONACO = '/p/node_modules/monaco-editor/esm/vs/';
const ENTRY = '/p/src/playground/monacoEditor.ts';

/** A module graph: each module's static imports, and (apart) its dynamic ones, which never count. */
const graph: Record<string, { importedIds: string[]; dynamicallyImportedIds?: string[] }> = {
	[ENTRY]: { importedIds: [`${MONACO}editor/editor.api.js`, '/p/src/playground/markerRange.ts'], dynamicallyImportedIds: ['/p/src/playground/monacoFeatures.ts'] },
	[`${MONACO}editor/editor.api.js`]: { importedIds: [`${MONACO}base/common/event.js`, `${MONACO}editor/browser/view.js`] },
	[`${MONACO}editor/browser/view.js`]: { importedIds: [`${MONACO}base/common/event.js`, `${MONACO}base/browser/ui/menu/menu.css?inline`] },
	[`${MONACO}base/common/event.js`]: { importedIds: [] },
	[`${MONACO}base/browser/ui/menu/menu.css?inline`]: { importedIds: [] },
	'/p/src/playground/markerRange.ts': { importedIds: [] },
	'/p/src/playground/monacoFeatures.ts': { importedIds: [`${MONACO}editor/contrib/find/browser/findController.js`, `${MONACO}editor/browser/view.js`] },
	[`${MONACO}editor/contrib/find/browser/findController.js`]: { importedIds: [`${MONACO}base/browser/ui/list/listWidget.js`, `${MONACO}base/common/event.js`] },
	[`${MONACO}base/browser/ui/list/listWidget.js`]: { importedIds: [] },
};
const context = { getModuleInfo: (id: string) => graph[id] ?? null };

test('what a module runs with: its static imports, directly or not, each once, and never its dynamic ones', () => {
	expect([...staticImportsOf(ENTRY, context.getModuleInfo)].sort()).toEqual(
		[
			ENTRY,
			`${MONACO}editor/editor.api.js`,
			`${MONACO}editor/browser/view.js`,
			`${MONACO}base/common/event.js`,
			`${MONACO}base/browser/ui/menu/menu.css?inline`,
			'/p/src/playground/markerRange.ts',
		].sort()
	);
	// A module the bundler knows nothing of ends the walk there.
	expect([...staticImportsOf('/p/unknown.ts', context.getModuleInfo)]).toEqual(['/p/unknown.ts']);
});

test("Monaco's modules the editor runs with go to the editor's chunk; those only its features import, and every other module, are left to the bundler", () => {
	const group = monacoCodeSplitting({ entry: ENTRY }).groups.find((candidate) => candidate.debugName === 'monaco');
	const name = (id: string) => group!.name(id, context);
	expect(name(`${MONACO}editor/browser/view.js`)).toBe(MONACO_EDITOR_CHUNK);
	expect(name(`${MONACO}base/common/event.js`)).toBe(MONACO_EDITOR_CHUNK);
	expect(name(`${MONACO}base/browser/ui/menu/menu.css?inline`)).toBe(MONACO_EDITOR_CHUNK);
	expect(name(`${MONACO}editor/contrib/find/browser/findController.js`)).toBeNull();
	expect(name(`${MONACO}base/browser/ui/list/listWidget.js`)).toBeNull();
	expect(name(ENTRY)).toBeNull();
	expect(name('/p/src/playground/markerRange.ts')).toBeNull();
	expect(name('/p/src/playground/monacoFeatures.ts')).toBeNull();
});

test("Vite's preload helper keeps a chunk of its own, which the playground's script and the editor's chunks share", () => {
	const groups = monacoCodeSplitting({ entry: ENTRY }).groups;
	const helper = groups.find((group) => group.debugName === 'preload-helper')!;
	// Placed before the group that takes Monaco's modules and what they import.
	expect(helper.priority).toBeGreaterThan(groups.find((group) => group.debugName === 'monaco')!.priority ?? 0);
	expect(helper.name('\0vite/preload-helper.js', context)).toBe('preload-helper');
	expect(helper.name(`${MONACO}base/common/event.js`, context)).toBeNull();
	expect(helper.name('/p/src/vite/preload-helper.ts', context)).toBeNull();
	expect(groups.map((group) => group.debugName).sort()).toEqual(['monaco', 'preload-helper']);
});

test("a build without the editor's module (the server's) leaves the set to the build that has it", () => {
	const group = monacoCodeSplitting({ entry: ENTRY }).groups.find((candidate) => candidate.debugName === 'monaco')!;
	const serverBuild = { getModuleInfo: (id: string) => (id === ENTRY ? null : (graph[id] ?? null)) };
	expect(group.name(`${MONACO}base/common/event.js`, serverBuild)).toBeNull();
	expect(group.name(`${MONACO}base/common/event.js`, context)).toBe(MONACO_EDITOR_CHUNK);
});
