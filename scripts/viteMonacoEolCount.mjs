// Vite plugin: monaco-editor 0.57 counts the line breaks of an edit's text (`countEOL`) once in
// each part of the model that follows the edit: the text buffer, the model's change event, the
// tokens, the token store, the folding ranges. A pasted megabyte was walked character by character
// again and again: 28 ms of a paste in CPU profiles, 10 ms once `countEOL` remembered its last text.
// The patch makes `countEOL` remember its last text: the same text again is answered from it (a copy
// of the counts, so no caller can change another's). It keeps the last text alive until the next
// count, a string the model holds anyway. And a text with no `\r` (what a paste from a browser
// holds) has its `\n` found by the engine's own search instead of the walk: the counts are the
// same, since only `\n` can break its lines (the megabyte's one count: 10 -> 1 ms in CPU profiles
// of the paste). Any other text is counted by Monaco's walk.
//
// Tied to monaco-editor 0.57 (pinned): the build fails if the function it wraps is not found, and
// `viteMonacoEolCount.test.ts` compares the patched function with Monaco's own.
import { monacoPatch } from './monacoPatch.mjs';

/** The module patched (path under `monaco-editor/esm/`). */
export const EOL_COUNTER_MODULE = 'vs/editor/common/core/misc/eolCounter.js';

const COUNT_START = `function countEOL(text) {
    let eolCount = 0;`;

const COUNT_START_REMEMBERED = `// Patched (scripts/viteMonacoEolCount.mjs): the last text counted, and its counts.
let lastCountedText;
let lastCounts;
function countEOL(text) {
    if (lastCounts === undefined || text !== lastCountedText) {
        lastCounts = countEOLOf(text);
        lastCountedText = text;
    }
    return lastCounts.slice();
}
function countEOLOf(text) {
    if (text.indexOf('\\r') === -1) {
        const first = text.indexOf('\\n');
        if (first === -1) {
            return [0, text.length, text.length, 0 /* StringEOL.Unknown */];
        }
        let eolCount = 1;
        let last = first;
        for (let at = text.indexOf('\\n', first + 1); at !== -1; at = text.indexOf('\\n', at + 1)) {
            eolCount++;
            last = at;
        }
        return [eolCount, first, text.length - last - 1, 1 /* StringEOL.LF */];
    }
    let eolCount = 0;`;

const patch = monacoPatch({
	name: 'monaco-eol-count',
	path: EOL_COUNTER_MODULE,
	edits: [{ find: COUNT_START, replace: COUNT_START_REMEMBERED }],
	check: 'check countEOL against the patch (scripts/viteMonacoEolCount.mjs)',
});

/**
 * The module's source with `countEOL` remembering its last text. Throws when the function is not
 * there exactly once (another Monaco version).
 */
export const rememberEolCount = patch.apply;

/** The Vite plugin that applies `rememberEolCount` to the module as it is loaded. */
export const monacoEolCount = patch.plugin;
