// Vite plugin: fixes a bug in monaco-editor 0.57's token store that could freeze the tab (README,
// "Editor"). Monaco stores an empty line's tokens as a sentinel, "no tokens, zero length". Typing
// into such a line keeps the sentinel (`ContiguousTokensEditing.insert` leaves it as it is), and
// joining the line with a neighbour before the background tokenizer has run again counts it as zero
// characters long (`append`): the joined line's tokens end before its text does. Monaco then
// reports "Token length and text length do not match!", and its bracket-pair parser, reading
// lengths that disagree with the text, can loop until the tab runs out of memory. Reproduction:
// "1", Enter, Enter, "2", then on the empty line "x" and Delete at once.
//
// The fix: text inserted into the sentinel leaves the line with *unknown* tokens (`null`), which
// Monaco already handles everywhere (drawn as one plain token, `append` gives `null`, the next
// tokenizer pass sets real tokens). No public option or API avoids the bug (it happens with any
// tokenizer, with bracket-pair colours off too), so the one function is patched where it is loaded.
// The patch is tied to monaco-editor 0.57 (pinned): the build fails if the code it replaces is not
// found, and `viteMonacoTokensFix.test.ts` checks it against the installed file.

import { monacoPatch } from './monacoPatch.mjs';

/** The module patched (path under `monaco-editor/esm/`). */
export const TOKENS_EDITING_MODULE = 'vs/editor/common/tokens/contiguousTokensEditing.js';

const INSERT_START = `    static insert(lineTokens, chIndex, textLength) {
        if (lineTokens === null || lineTokens === EMPTY_LINE_TOKENS) {`;

const INSERT_START_FIXED = `    static insert(lineTokens, chIndex, textLength) {
        if (lineTokens === EMPTY_LINE_TOKENS && textLength > 0) {
            // Patched (scripts/viteMonacoTokensFix.mjs): the line is no longer empty, its tokens are unknown.
            return null;
        }
        if (lineTokens === null || lineTokens === EMPTY_LINE_TOKENS) {`;

const patch = monacoPatch({
	name: 'monaco-tokens-fix',
	path: TOKENS_EDITING_MODULE,
	edits: [{ find: INSERT_START, replace: INSERT_START_FIXED }],
	check: 'check whether the fix is still needed (scripts/viteMonacoTokensFix.mjs)',
});

/**
 * The module's source with `insert` fixed. Throws when the code to replace is not there exactly
 * once (another Monaco version): the build must not go on without the fix.
 */
export const fixTokensEditing = patch.apply;

/** The Vite plugin that applies `fixTokensEditing` to the module as it is loaded. */
export const monacoTokensFix = patch.plugin;
