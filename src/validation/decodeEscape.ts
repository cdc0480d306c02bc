const SINGLE: Record<string, string> = {
	n: '\n',
	t: '\t',
	r: '\r',
	b: '\b',
	f: '\f',
	v: '\v',
	'"': '"',
	"'": "'",
	'`': '`',
	'\\': '\\',
	'/': '/',
};
const HEX4 = /[0-9a-fA-F]{4}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const BRACED = /\{([0-9a-fA-F]{1,6})\}/y;

const match = (pattern: RegExp, text: string, at: number) => {
	pattern.lastIndex = at;
	return pattern.exec(text);
};

/**
 * The escape sequence whose backslash is at `at`, decoded as JavaScript decodes it (JSON's
 * escapes, `\n \t \" \\ \/ \b \f \r \uXXXX`, are a subset and decode the same), and where it
 * ends; undefined when it is incomplete or malformed (`\u00`, `\x4`, an octal escape, a backslash
 * at the end), so a strict reader can report it and a tolerant one can read on.
 */
export function decodeEscape(text: string, at: number): { value: string; end: number } | undefined {
	const next = text[at + 1];
	if (next === undefined) return undefined;
	if (Object.hasOwn(SINGLE, next)) return { value: SINGLE[next]!, end: at + 2 };
	if (next === 'u') {
		const braced = match(BRACED, text, at + 2);
		if (braced && parseInt(braced[1]!, 16) <= 0x10ffff) {
			return { value: String.fromCodePoint(parseInt(braced[1]!, 16)), end: at + 2 + braced[0].length };
		}
		const hex = match(HEX4, text, at + 2);
		return hex ? { value: String.fromCharCode(parseInt(hex[0], 16)), end: at + 6 } : undefined;
	}
	if (next === 'x') {
		const hex = match(HEX2, text, at + 2);
		return hex ? { value: String.fromCharCode(parseInt(hex[0], 16)), end: at + 4 } : undefined;
	}
	if (next === '0') return /\d/.test(text[at + 2] ?? '') ? undefined : { value: '\0', end: at + 2 };
	if (/\d/.test(next)) return undefined;
	// A line continuation: the backslash and the line break are not part of the value.
	if (next === '\r') return { value: '', end: text[at + 2] === '\n' ? at + 3 : at + 2 };
	if (next === '\n' || next === '\u2028' || next === '\u2029') return { value: '', end: at + 2 };
	// Any other character stands for itself (`\q` is `q`), as in JavaScript.
	const codePoint = text.codePointAt(at + 1)!;
	const char = String.fromCodePoint(codePoint);
	return { value: char, end: at + 1 + char.length };
}
