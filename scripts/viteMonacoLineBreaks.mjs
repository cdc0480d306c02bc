// Vite plugin: a fast path in monaco-editor 0.57's line breaks for wrapping. With `wordWrap` on,
// Monaco works out where each line wraps whenever lines come in, a pasted megabyte's 30,000 lines
// at once, walking every character of every line with a width and a break class for each. A line
// of printable ASCII only (no tab, no control character, nothing wide) shorter than the wrapping
// column cannot wrap: each of its characters is one half-width cell, so even the last one ends
// before the column. For such a line, with no injected text and no wrapping at escaped line feeds,
// the patched function returns at once what the walk would have returned: `null`, "no breaks".
// Any other line takes Monaco's own walk. (In floating point the walk's sum of widths stays a
// whole cell below the column's width, far above any rounding.)
//
// The patch is tied to monaco-editor 0.57 (pinned): the build fails if the code it extends is not
// found, and `viteMonacoLineBreaks.test.ts` compares the patched module's breaks with Monaco's own
// on random lines, widths and options.

import { monacoPatch } from './monacoPatch.mjs';

/** The module patched (path under `monaco-editor/esm/`). */
export const LINE_BREAKS_MODULE = 'vs/editor/common/viewModel/monospaceLineBreaksComputer.js';

const CREATE_START = `function createLineBreaks(classifier, _lineText, injectedTexts, tabSize, firstLineBreakColumn, columnsForFullWidthChar, fontInfo, wrappingIndent, wordBreak, wrapOnEscapedLineFeeds, useTwoCellFullwidthCharacters) {
    const lineText = LineInjectedText.applyInjectedText(_lineText, injectedTexts);`;

const CREATE_START_FAST = `function createLineBreaks(classifier, _lineText, injectedTexts, tabSize, firstLineBreakColumn, columnsForFullWidthChar, fontInfo, wrappingIndent, wordBreak, wrapOnEscapedLineFeeds, useTwoCellFullwidthCharacters) {
    // Patched (scripts/viteMonacoLineBreaks.mjs): a short line of printable ASCII cannot wrap.
    if (firstLineBreakColumn !== -1 && _lineText.length < firstLineBreakColumn && !(injectedTexts && injectedTexts.length > 0) && !wrapOnEscapedLineFeeds && !/[^\\x20-\\x7e]/.test(_lineText)) {
        return null;
    }
    const lineText = LineInjectedText.applyInjectedText(_lineText, injectedTexts);`;

const patch = monacoPatch({
	name: 'monaco-line-breaks',
	path: LINE_BREAKS_MODULE,
	edits: [{ find: CREATE_START, replace: CREATE_START_FAST }],
	check: 'check the fast path against its createLineBreaks (scripts/viteMonacoLineBreaks.mjs)',
});

/**
 * The module's source with the fast path. Throws when the code to extend is not there exactly once
 * (another Monaco version): the walk it skips may have changed.
 */
export const fastLineBreaks = patch.apply;

/** The Vite plugin that applies `fastLineBreaks` to the module as it is loaded. */
export const monacoLineBreaks = patch.plugin;
