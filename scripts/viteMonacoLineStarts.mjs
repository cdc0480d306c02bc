// Vite plugin: a fast path in monaco-editor 0.57's `createLineStartsFast`, which the text buffer
// calls for each piece of text an edit inserts: a pasted megabyte, in pieces of 64 KB, is walked
// character by character to find where its lines start (11 ms of the paste in CPU profiles). A
// text with no `\r` (what a paste from a browser holds) can only break its lines at `\n`: the
// patched function finds those with the engine's own search (1-2 ms), and returns the same line
// starts in the same kind of array. Any other text takes Monaco's walk.
//
// Tied to monaco-editor 0.57 (pinned): the build fails if the code it extends is not found, and
// `viteMonacoLineStarts.test.ts` compares the patched function with Monaco's own.
import { monacoPatch } from './monacoPatch.mjs';

/** The module patched (path under `monaco-editor/esm/`). */
export const LINE_STARTS_MODULE = 'vs/editor/common/model/pieceTreeTextBuffer/pieceTreeBase.js';

const FAST_START = `function createLineStartsFast(str, readonly = true) {
    const r = [0];
    let rLength = 1;`;

const FAST_START_SEARCHED = `function createLineStartsFast(str, readonly = true) {
    const r = [0];
    let rLength = 1;
    // Patched (scripts/viteMonacoLineStarts.mjs): without \`\\r\`, the line starts follow each \`\\n\`.
    if (str.indexOf('\\r') === -1) {
        for (let at = str.indexOf('\\n'); at !== -1; at = str.indexOf('\\n', at + 1)) {
            r[rLength++] = at + 1;
        }
        return readonly ? createUintArray(r) : r;
    }`;

const patch = monacoPatch({
	name: 'monaco-line-starts',
	path: LINE_STARTS_MODULE,
	edits: [{ find: FAST_START, replace: FAST_START_SEARCHED }],
	check: 'check createLineStartsFast against the patch (scripts/viteMonacoLineStarts.mjs)',
});

/**
 * The module's source with the fast path. Throws when the code to extend is not there exactly once
 * (another Monaco version).
 */
export const searchedLineStarts = patch.apply;

/** The Vite plugin that applies `searchedLineStarts` to the module as it is loaded. */
export const monacoLineStarts = patch.plugin;
