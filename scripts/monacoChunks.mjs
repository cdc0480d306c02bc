// Monaco in two chunks: the modules the editor runs with (those its module imports, directly or
// not), and those only its features import (src/playground/monacoFeatures.ts), which the editor
// loads after its first line is drawn. The first chunk is what /playground/ preloads and what the
// editor waits for: the browser compiles it (1.6 MB) as it downloads, sharing the cores with the
// page's own first layout and paint. Without this group the bundler would still keep the features
// apart, but would cut the editor's modules in two (those the features import too, and the rest),
// which costs bytes: each chunk compresses on its own, and the names one chunk takes from another
// are listed in both.
// Measured (README, "Performance"), interleaved runs of 15 and 25 rounds: editor ready 598-605 ms
// with every feature in the editor's chunks (then two, cut along Monaco's layers) against 534-604
// with the features apart. The layers' cut with the features apart was no faster (572-584 ms) and
// put the page at 634,996 bytes gzip, over its budget; with this one it is at 631,098 (632,418
// before the features went apart).

import { monacoModulePath } from './monacoModulePath.mjs';

const PRELOAD_HELPER = /^\0?vite\/preload-helper(?:\.js)?$/;

/** The chunk of the Monaco modules the editor runs with (its own module's chunk is `monacoEditor`). */
export const MONACO_EDITOR_CHUNK = 'monacoEditor-core';

/**
 * `entry` and the modules it imports statically, directly or not, by the bundler's module graph:
 * those that run with it. Modules only dynamic imports reach are not among them.
 *
 * @param {string} entry
 * @param {(id: string) => { importedIds: readonly string[] } | null} moduleInfo
 */
export function staticImportsOf(entry, moduleInfo) {
	const found = new Set([entry]);
	for (const id of found) for (const imported of moduleInfo(id)?.importedIds ?? []) found.add(imported);
	return found;
}

/**
 * Rolldown's `output.codeSplitting`: Monaco's modules that the editor's module (`entry`, an
 * absolute path) runs with go to `MONACO_EDITOR_CHUNK`; other modules are split as by default.
 *
 * @param {{ entry: string }} options
 */
export function monacoCodeSplitting({ entry }) {
	/** @type {Set<string> | undefined} */
	let withEditor;
	return {
		groups: [
			{
				// Vite's helper for dynamic imports, which a Monaco module the editor runs with calls (the
				// TypeScript grammar's registration) as the playground's own script does: a group takes
				// the modules its modules import, and this one must not pull the helper into Monaco's
				// chunk, or every page with a playground would load that chunk at once.
				debugName: 'preload-helper',
				priority: 1,
				/** @param {string} id */
				name: (id) => (PRELOAD_HELPER.test(id) ? 'preload-helper' : null),
			},
			{
				debugName: 'monaco',
				/** @param {string} id @param {{ getModuleInfo(id: string): { importedIds: readonly string[] } | null }} context */
				name: (id, context) => {
					if (!monacoModulePath(id)?.startsWith('vs/')) return null;
					// Worked out once, in the build that has the editor's module (the client's): a build
					// without it (the server's) must not settle the set for the next one.
					if (!withEditor) {
						if (!context.getModuleInfo(entry)) return null;
						withEditor = staticImportsOf(entry, (module) => context.getModuleInfo(module));
					}
					return withEditor.has(id) ? MONACO_EDITOR_CHUNK : null;
				},
			},
		],
	};
}
