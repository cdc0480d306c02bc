// Monaco in two chunks instead of one, so the browser compiles them side by side. The editor is
// one 2.3 MB chunk otherwise, and a script is compiled on one background thread as it downloads:
// on /playground/ that compile, not the download, is what the editor waits for (its thread ran
// only a third of the time it took, sharing the cores with the page's own first layout and
// paint). Cut along Monaco's own layers, whose imports only go downwards (base, platform and
// editor/common <- the rest), the chunks import each other in one direction only: each chunk's
// modules run after every module they import, as in one chunk. A cut inside a layer can form a
// cycle between chunks and run a module before one it needs (base/common apart from base/browser
// did: Monaco failed to load), so a unit test checks the pinned Monaco's imports go downwards and
// the end-to-end suite checks the built chunks' imports go one way.
// Measured (README, "Performance"), interleaved runs of 21 rounds: editor ready 679 -> 613 ms
// (1.21x -> 1.09x bare). Three chunks (editor/common apart too) were no faster (646 ms), drew the
// page's first paint later and cost 0.2 KB more. Each chunk compresses on its own, and the names
// one chunk takes from the other are listed in both: 5.6 KB gzip more than one chunk.

import { monacoModulePath } from './monacoModulePath.mjs';

/**
 * Chunk name -> the Monaco modules it holds: paths under `monaco-editor/esm/vs/`, a folder's
 * ending in `/`. `nls.js` (messages) and `amdX.js` (a loader) import only from `base/`.
 */
export const MONACO_CHUNKS = {
	'monacoEditor-core': ['base/', 'platform/', 'nls.js', 'amdX.js', 'editor/common/'],
};

/** The chunk a module goes to, or undefined for the rest (they stay in the chunk that imports them). */
export function monacoChunkOf(id) {
	const module = monacoModulePath(id);
	if (!module?.startsWith('vs/')) return undefined;
	const path = module.slice('vs/'.length);
	return Object.keys(MONACO_CHUNKS).find((name) =>
		MONACO_CHUNKS[name].some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix))
	);
}

/** Rolldown's `output.codeSplitting` for `MONACO_CHUNKS` (other modules are split as by default). */
export function monacoCodeSplitting() {
	return { groups: [{ debugName: 'monaco', name: (id) => monacoChunkOf(id) ?? null }] };
}
