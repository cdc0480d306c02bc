import { posix } from 'node:path';
import { expect, test } from 'vitest';
import { MONACO_CHUNKS, monacoChunkOf, monacoCodeSplitting } from './monacoChunks.mjs';
import { monacoModules } from './monacoModulesMatching.test-helper';

test('modules go to the chunk of their Monaco layer, with either path separator and any query', () => {
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/base/common/event.js')).toBe('monacoEditor-core');
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/platform/theme/common/colorRegistry.js')).toBe('monacoEditor-core');
	expect(monacoChunkOf('C:\\p\\node_modules\\monaco-editor\\esm\\vs\\editor\\common\\model\\textModel.js')).toBe('monacoEditor-core');
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/nls.js')).toBe('monacoEditor-core');
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/base/browser/ui/menu/menu.css?inline')).toBe('monacoEditor-core');
	// The rest stays with the chunk that imports it (the editor's own entry).
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBeUndefined();
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/editor/contrib/find/browser/findController.js')).toBeUndefined();
	// A folder whose name only starts like a layer's is not that layer.
	expect(monacoChunkOf('/p/node_modules/monaco-editor/esm/vs/editor/commonX/a.js')).toBeUndefined();
	expect(monacoChunkOf('/p/src/playground/monacoEditor.ts')).toBeUndefined();
	expect(monacoChunkOf('/p/node_modules/zod/v3/types.js')).toBeUndefined();
});

test('the bundler gets one group, naming each Monaco module its chunk and leaving the rest alone', () => {
	const [group, ...others] = monacoCodeSplitting().groups;
	expect(others).toEqual([]);
	const name = group!.name as (id: string) => string | null;
	expect(name('/p/node_modules/monaco-editor/esm/vs/platform/actions/common/actions.js')).toBe('monacoEditor-core');
	expect(name('/p/src/playground/client.ts')).toBeNull();
});

// What makes the cut safe (scripts/monacoChunks.mjs): in the pinned Monaco, no module of a chunk
// imports a module of a later one, so the chunks import each other one way only.
test('in the pinned Monaco, no module of a layer imports from a later layer', () => {
	const order = Object.keys(MONACO_CHUNKS);
	const rank = (path: string) => {
		const chunk = monacoChunkOf(`/node_modules/monaco-editor/esm/${path}`);
		return chunk === undefined ? order.length : order.indexOf(chunk);
	};
	const upward: string[] = [];
	let checked = 0;
	for (const { path, text } of monacoModules()) {
		const own = rank(path);
		if (own === order.length) continue;
		checked++;
		// `import … from './x.js'`, `export … from './x.js'`, and `import './x.js'` (a module run for its effects).
		for (const [, specifier] of text.matchAll(/^\s*(?:(?:import|export)\b[^'"]*?from\s+|import\s+)['"](\.[^'"]+)['"]/gm)) {
			const target = posix.join(posix.dirname(path), specifier!);
			if (rank(target) > own) upward.push(`${path} -> ${target}`);
		}
	}
	expect(checked).toBeGreaterThan(500);
	expect(upward).toEqual([]);
});
