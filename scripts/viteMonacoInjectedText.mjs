// Vite plugin: a fast path in monaco-editor 0.57's `TextModel.getLineInjectedText`. When lines come
// in, the editor asks each one for its injected text (text that decorations show before or after a
// range, such as inlay hints): a pasted megabyte's 28,000 lines, each asked with two offset lookups
// in the text buffer before the search of the injected-text decorations, which the editor keeps in
// a tree of their own (17 ms of the paste in CPU profiles). This editor has no injected text: when
// that tree is empty, the search can only find nothing, and the patched method returns at once the
// empty list the search would have given. Otherwise it runs as Monaco wrote it.
//
// Tied to monaco-editor 0.57 (pinned): the build fails if the code it extends is not found, and
// `viteMonacoInjectedText.test.ts` compares the patched model's injected text with Monaco's own.
import { monacoPatch } from './monacoPatch.mjs';

/** The module patched (path under `monaco-editor/esm/`). */
export const TEXT_MODEL_MODULE = 'vs/editor/common/model/textModel.js';

const TREE_IMPORT = `import { recomputeMaxEnd, IntervalNode, IntervalTree } from './intervalTree.js';`;
const TREE_IMPORT_SENTINEL = `import { recomputeMaxEnd, IntervalNode, IntervalTree, SENTINEL } from './intervalTree.js';`;

const LINE_INJECTED_TEXT = `    getLineInjectedText(lineNumber, ownerId = 0) {
        const startOffset`;
const LINE_INJECTED_TEXT_FAST = `    getLineInjectedText(lineNumber, ownerId = 0) {
        // Patched (scripts/viteMonacoInjectedText.mjs): no injected text at all, none on this line.
        if (this._decorationsTree._injectedTextDecorationsTree.root === SENTINEL) {
            return [];
        }
        const startOffset`;

const patch = monacoPatch({
	name: 'monaco-injected-text',
	path: TEXT_MODEL_MODULE,
	edits: [
		{ find: TREE_IMPORT, replace: TREE_IMPORT_SENTINEL },
		{ find: LINE_INJECTED_TEXT, replace: LINE_INJECTED_TEXT_FAST },
	],
	check: 'check getLineInjectedText and the injected-text tree against the patch (scripts/viteMonacoInjectedText.mjs)',
});

/**
 * The module's source with the fast path. Throws when the code to extend is not there exactly once
 * (another Monaco version).
 */
export const emptyInjectedText = patch.apply;

/** The Vite plugin that applies `emptyInjectedText` to the module as it is loaded. */
export const monacoInjectedText = patch.plugin;
