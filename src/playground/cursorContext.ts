import { decodeEscape } from '../validation/decodeEscape';
import type { JsonPath } from '../validation/pathText';

/** The token the cursor is in or just after: what a completion replaces and a hover explains. */
export interface CursorToken {
	start: number;
	end: number;
	/** The token's text as written (with quotes, for a string). */
	text: string;
	/** The string's value for a quoted token, the text itself for a bare word. */
	value: string;
	quoted: boolean;
}

export interface CursorContext {
	/** `key`: a property name goes here; `value`: a value of `path`; `none`: neither (e.g. after a value). */
	slot: 'key' | 'value' | 'none';
	/** For `key`, the object's path; for `value`, the path of the value itself. */
	path: JsonPath;
	/** Keys already written in the enclosing object (for `key`), so completion can skip them. */
	presentKeys: string[];
	/**
	 * For `key`: the values written before the cursor in the enclosing object that are single
	 * tokens (strings, numbers, `true`, `false`, `null`, or a bare word such as an SDK constant,
	 * kept as written), so completion can tell which union member the object is.
	 */
	presentValues?: ReadonlyMap<string, string | number | boolean | null>;
	token?: CursorToken;
}

export interface CursorContextOptions {
	/** Where the value starts (after `let value: T =` in TypeScript mode). */
	start?: number;
}

type Frame =
	| {
			kind: 'object';
			path: JsonPath;
			state: 'key' | 'colon' | 'value' | 'after';
			key?: string;
			keys: string[];
			values: Map<string, string | number | boolean | null>;
	  }
	| { kind: 'array'; path: JsonPath; state: 'value' | 'after'; index: number };

const WORD = /[A-Za-z0-9_$.+-]+/y;

/**
 * Where the cursor is in a JSON value or a TypeScript object literal, read tolerantly: the text
 * is usually half-typed, so this never fails, it just scans brackets, keys and commas up to the
 * cursor. Strings may use any of the three quotes; comments are skipped.
 */
export function cursorContext(text: string, offset: number, { start = 0 }: CursorContextOptions = {}): CursorContext {
	const stack: Frame[] = [];
	let topState: 'value' | 'after' = 'value';
	let pos = start;
	let token: CursorToken | undefined;

	const frame = () => stack.at(-1);
	const afterValue = () => {
		const top = frame();
		if (!top) topState = 'after';
		else top.state = 'after';
	};

	while (pos < offset) {
		const char = text[pos]!;
		if (/\s/.test(char)) {
			pos++;
			continue;
		}
		if (text.startsWith('//', pos)) {
			const end = text.indexOf('\n', pos);
			pos = end === -1 ? text.length : end;
			continue;
		}
		if (text.startsWith('/*', pos)) {
			const end = text.indexOf('*/', pos + 2);
			pos = end === -1 ? text.length : end + 2;
			continue;
		}
		let read: CursorToken | undefined;
		if (char === '"' || char === "'" || char === '`') read = readQuoted(text, pos);
		else {
			WORD.lastIndex = pos;
			const match = WORD.exec(text);
			if (match) read = { start: pos, end: pos + match[0].length, text: match[0], value: match[0], quoted: false };
		}
		if (read) {
			// The cursor is inside this token (or at its end): stop here, it is what is being typed.
			if (read.end >= offset) {
				token = read;
				break;
			}
			const top = frame();
			if (top?.kind === 'object' && top.state === 'key') {
				top.key = read.value;
				top.keys.push(read.value);
				top.state = 'colon';
			} else {
				if (top?.kind === 'object' && top.state === 'value' && top.key !== undefined) {
					top.values.set(top.key, read.quoted ? read.value : scalar(read.text));
				}
				afterValue();
			}
			pos = read.end;
			continue;
		}
		pos++;
		const top = frame();
		if (char === '{' || char === '[') {
			const path = pathOfNextValue(top);
			stack.push(char === '{' ? { kind: 'object', path, state: 'key', keys: [], values: new Map() } : { kind: 'array', path, state: 'value', index: 0 });
		} else if (char === '}' || char === ']') {
			stack.pop();
			afterValue();
		} else if (char === ':' && top?.kind === 'object') top.state = 'value';
		else if (char === ',' && top?.kind === 'object') top.state = 'key';
		else if (char === ',' && top?.kind === 'array') {
			top.index++;
			top.state = 'value';
		}
	}

	const top = frame();
	if (!top) return { slot: topState === 'value' ? 'value' : 'none', path: [], presentKeys: [], ...(token && { token }) };
	if (top.kind === 'object') {
		const keys = token && top.state === 'key' ? top.keys : top.keys.filter((key) => key !== token?.value);
		if (top.state === 'key' || (top.state === 'colon' && !token)) {
			return {
				slot: top.state === 'key' ? 'key' : 'none',
				path: top.path,
				presentKeys: keys,
				presentValues: top.values,
				...(token && { token }),
			};
		}
		if (top.state === 'value') return { slot: 'value', path: [...top.path, top.key ?? ''], presentKeys: [], ...(token && { token }) };
		return { slot: 'none', path: top.path, presentKeys: [], ...(token && { token }) };
	}
	if (top.state === 'value') return { slot: 'value', path: [...top.path, top.index], presentKeys: [], ...(token && { token }) };
	return { slot: 'none', path: top.path, presentKeys: [], ...(token && { token }) };
}

/** A bare token's value: a JSON literal or number as such, anything else (a name) as written. */
function scalar(text: string): string | number | boolean | null {
	if (text === 'true') return true;
	if (text === 'false') return false;
	if (text === 'null') return null;
	const number = Number(text);
	return text !== '' && Number.isFinite(number) ? number : text;
}

function pathOfNextValue(top: Frame | undefined): JsonPath {
	if (!top) return [];
	if (top.kind === 'object') return [...top.path, top.key ?? ''];
	return [...top.path, top.index];
}

/** A quoted string from `start`, escapes decoded; unterminated strings run to the end of the line. */
function readQuoted(text: string, start: number): CursorToken {
	const quote = text[start]!;
	let value = '';
	let pos = start + 1;
	while (pos < text.length) {
		const char = text[pos]!;
		if (char === quote) {
			pos++;
			return { start, end: pos, text: text.slice(start, pos), value, quoted: true };
		}
		if (char === '\n' && quote !== '`') break;
		if (char === '\\' && pos + 1 < text.length) {
			// Half-typed escapes (`\u00`) are common while typing: read on past the backslash.
			const escape = decodeEscape(text, pos);
			value += escape ? escape.value : text[pos + 1];
			pos = escape ? escape.end : pos + 2;
			continue;
		}
		value += char;
		pos++;
	}
	return { start, end: pos, text: text.slice(start, pos), value, quoted: true };
}
