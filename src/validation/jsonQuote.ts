/**
 * `JSON.stringify(text)` for a string, made quickly when nothing in it needs an escape (no `"`,
 * `\`, control character or surrogate): a warning quotes its key in its message and its fix, and
 * a paste may list a thousand of them.
 */
export function jsonQuote(text: string): string {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return JSON.stringify(text);
	}
	return `"${text}"`;
}
