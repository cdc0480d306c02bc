/**
 * Whether some key in a JSON text is written with an escape (`"\u0061"`, `"a\\b"`). The text must
 * be JSON (`JSON.parse` accepted it).
 *
 * `readJson` takes `JSON.parse`'s value only when none is: V8's `JSON.parse` (Node 24, as in
 * Chromium) can give such a key the name of another key containing a backslash that an earlier
 * object had at the same place: after `JSON.parse('{"p": 1, "\\\\": 2}')`,
 * `JSON.parse('{"p": 1, "\\u0061": 2}')` returns `{ p: 1, "\\": 2 }`. The engine's own parser has
 * no such cache, so it reads those texts.
 *
 * Only backslashes are looked at (found by the engine's own search): each string holding one is
 * followed to its end, and it is a key when a `:` comes next.
 */
export function hasEscapedKey(text: string): boolean {
	for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at)) {
		// `at` is inside a string (JSON has backslashes nowhere else): find its closing quote.
		let close = text.indexOf('"', at);
		for (;;) {
			let backslashes = 0;
			while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
			if (backslashes % 2 === 0) break;
			close = text.indexOf('"', close + 1);
		}
		let next = close + 1;
		for (let code = text.charCodeAt(next); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; code = text.charCodeAt(++next));
		if (text.charCodeAt(next) === 0x3a) return true;
		at = close + 1;
	}
	return false;
}
