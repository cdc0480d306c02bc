import type { JsonNode, PropertyNode, Span } from './sourceTree';
import { sourcePositions } from './sourcePositions';

/**
 * A strict JSON parser that keeps source offsets, for pointing at the exact spot of a problem.
 *
 * It accepts exactly what `JSON.parse` accepts (a property test checks this) and reports the first
 * syntax error with a plain-words message. It is iterative, not recursive, so 10,000-deep nesting
 * cannot overflow the stack. It builds the value as `JSON.parse` does (a property test compares
 * them): same numbers, the last copy of a repeated key kept, `__proto__` an own property.
 */

export interface SyntaxProblem extends Span {
	message: string;
	/** The mistakes a one-click fix can mend (`jsonSyntaxFix`). */
	kind?: SyntaxKind;
}

export type SyntaxKind = 'trailing_comma' | 'single_quotes' | 'comment';

export type ParseResult =
	| { ok: true; root: JsonNode; value: unknown; repeatedKeys: boolean; maxDepth: number }
	| { ok: false; error: SyntaxProblem; maxDepth: number };

/** An open container; for an object, the property whose value is being read. */
type Container =
	| { node: Extract<JsonNode, { kind: 'object' }>; pending: PropertyNode; value: Record<string, unknown> }
	| { node: Extract<JsonNode, { kind: 'array' }>; value: unknown[] };

class JsonSyntaxError extends Error {
	constructor(
		message: string,
		readonly span: Span,
		readonly kind?: SyntaxKind
	) {
		super(message);
	}
}

/** A run of string characters that need no attention (sticky, reset before each use). */
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
/** A JSON number (sticky, reset before each use); what may follow it is checked separately. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Strings longer than this (in UTF-16 units, to the first `"`) take `readLongString`'s way. */
const LONG_STRING = 256;
const NON_JSON_WORDS = ['NaN', 'Infinity', '-Infinity', 'undefined'];
/** A read key's value until its own is read (it is replaced before the property is added). */
const VALUE_TO_COME: JsonNode = { kind: 'null', start: 0, end: 0 };

export function parseJson(text: string): ParseResult {
	const parser = new Parser(text);
	try {
		const root = parser.parse();
		return { ok: true, root, value: parser.value, repeatedKeys: parser.repeatedKeys, maxDepth: parser.maxDepth };
	} catch (error) {
		if (!(error instanceof JsonSyntaxError)) throw error;
		return {
			ok: false,
			error: { message: error.message, ...error.span, ...(error.kind && { kind: error.kind }) },
			maxDepth: parser.maxDepth,
		};
	}
}

class Parser {
	private pos = 0;
	maxDepth = 0;
	/** The value of the node last finished: the root's, once the parse is done. */
	value: unknown;
	/** Whether some object holds a key twice: when none does, the engine skips its duplicate-key pass. */
	repeatedKeys = false;

	constructor(private readonly text: string) {}

	parse(): JsonNode {
		this.skipWhitespace();
		if (this.pos >= this.text.length) {
			this.fail('The text is empty: write a JSON value, such as an object `{ … }`.', 0, 0);
		}
		// A loop over an explicit stack, not recursion: depth and length never grow the JS call stack.
		const stack: Container[] = [];
		for (;;) {
			let finished = this.readValueOrOpen(stack);
			while (finished) {
				const parent = stack.at(-1);
				if (!parent) return this.end(finished);
				finished = this.attach(parent, finished, this.value, stack);
			}
		}
	}

	private end(root: JsonNode): JsonNode {
		this.skipWhitespace();
		if (this.pos < this.text.length) {
			this.fail(
				'Unexpected text after the JSON value: a payload holds exactly one value.',
				this.pos,
				this.tokenEnd(this.pos)
			);
		}
		return root;
	}

	/**
	 * Reads a scalar or an empty container (returned, finished), or opens a container (pushed onto
	 * the stack, with its first key read for an object; returns undefined: its first value is next).
	 */
	private readValueOrOpen(stack: Container[]): JsonNode | undefined {
		this.skipWhitespace();
		const start = this.pos;
		const char = this.text[start];
		if (char !== '{' && char !== '[') return this.readScalar();
		this.pos++;
		this.maxDepth = Math.max(this.maxDepth, stack.length + 1);
		const node: JsonNode =
			char === '{'
				? { kind: 'object', start, end: start, properties: [] }
				: { kind: 'array', start, end: start, items: [] };
		this.skipWhitespace();
		if (this.text[this.pos] === (char === '{' ? '}' : ']')) {
			this.pos++;
			node.end = this.pos;
			this.value = node.kind === 'object' ? {} : [];
			return node;
		}
		if (node.kind === 'object') stack.push({ node, pending: this.readKey(), value: {} });
		else stack.push({ node, value: [] });
		return undefined;
	}

	/**
	 * Adds a finished value to its container, then reads what follows it: after `,` the next key
	 * (objects) and returns undefined, so the next value is read; after the closing bracket the
	 * container is popped and returned as finished.
	 */
	private attach(parent: Container, node: JsonNode, value: unknown, stack: Container[]): JsonNode | undefined {
		if ('pending' in parent) {
			const { pending } = parent;
			pending.value = node;
			parent.node.properties.push(pending);
			// As JSON.parse: the last copy of a repeated key wins, and `__proto__` is an own property.
			if (!this.repeatedKeys && Object.hasOwn(parent.value, pending.key)) this.repeatedKeys = true;
			if (pending.key === '__proto__') Object.defineProperty(parent.value, '__proto__', { value, writable: true, enumerable: true, configurable: true });
			else parent.value[pending.key] = value;
		} else {
			parent.node.items.push(node);
			parent.value.push(value);
		}
		this.skipWhitespace();
		const close = parent.node.kind === 'object' ? '}' : ']';
		const code = this.text.charCodeAt(this.pos);
		// Fast path: `,` and the closing bracket, by char code (this runs once per value).
		if (code === 0x2c) {
			const comma = this.pos;
			this.pos++;
			this.skipWhitespace();
			const next = this.text[this.pos];
			if (next === '}' || next === ']') {
				this.fail(`Trailing comma: JSON does not allow a comma before \`${next}\`.`, comma, comma + 1, 'trailing_comma');
			}
			if ('pending' in parent) parent.pending = this.readKey();
			return undefined;
		}
		if (code === (close === '}' ? 0x7d : 0x5d)) {
			this.pos++;
			parent.node.end = this.pos;
			stack.pop();
			this.value = parent.value;
			return parent.node;
		}
		const char = this.text[this.pos];
		if (char === undefined) {
			const opened = sourcePositions(this.text)(parent.node.start);
			this.fail(
				`Unexpected end of text: \`${close}\` is missing (opened at line ${opened.line}, column ${opened.column}).`,
				this.pos,
				this.pos
			);
		}
		if (char === '/') this.failComment();
		const what = parent.node.kind === 'object' ? 'a property value' : 'an array item';
		this.fail(`Expected \`,\` or \`${close}\` after ${what}.`, this.pos, this.tokenEnd(this.pos));
	}

	/** Reads a key and its `:`; returns the property, its value still to come. */
	private readKey(): PropertyNode {
		this.skipWhitespace();
		const start = this.pos;
		const char = this.text[start];
		if (char !== '"') {
			if (char === undefined) this.fail('Unexpected end of text: a property name is missing.', start, start);
			if (char === '/') this.failComment();
			if (char === "'") this.fail('Property names must use double quotes in JSON, not single quotes.', start, this.tokenEnd(start), 'single_quotes');
			if (char === '}') this.fail('Unexpected `}`: a property name is missing.', start, start + 1);
			this.fail('Property names must be strings in double quotes.', start, this.tokenEnd(start));
		}
		const key = this.readString();
		const keySpan = { start, end: this.pos };
		this.skipWhitespace();
		if (this.text[this.pos] !== ':') {
			if (this.pos >= this.text.length) this.fail('Unexpected end of text: `:` is missing after the property name.', this.pos, this.pos);
			this.fail('Expected `:` after the property name.', this.pos, this.tokenEnd(this.pos));
		}
		this.pos++;
		return { key, keySpan, value: VALUE_TO_COME };
	}

	private readScalar(): JsonNode {
		const start = this.pos;
		const code = this.text.charCodeAt(start);
		if (code === 0x22) {
			this.value = this.readString();
			return { kind: 'string', start, end: this.pos };
		}
		if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
			if (code === 0x2d && this.text.startsWith('-Infinity', start)) this.failWord('-Infinity', start);
			this.readNumber();
			// The same conversion JSON.parse makes of a JSON number's text.
			this.value = Number(this.text.slice(start, this.pos));
			return { kind: 'number', start, end: this.pos };
		}
		const literal = code === 0x74 ? 'true' : code === 0x66 ? 'false' : code === 0x6e ? 'null' : undefined;
		if (literal && this.text.startsWith(literal, start)) {
			this.pos += literal.length;
			this.value = literal === 'null' ? null : literal === 'true';
			return { kind: literal === 'null' ? 'null' : 'boolean', start, end: this.pos };
		}
		const char = this.text[start];
		if (char === undefined) this.fail('Unexpected end of text: a value is missing.', start, start);
		if (char === '/') this.failComment();
		if (char === "'") this.fail('Strings must use double quotes in JSON, not single quotes.', start, this.tokenEnd(start), 'single_quotes');
		for (const word of NON_JSON_WORDS) {
			if (this.text.startsWith(word, start)) this.failWord(word, start);
		}
		if (char === '}' || char === ']') this.fail(`Unexpected \`${char}\`: a value is missing.`, start, start + 1);
		if (char === ',') this.fail('Unexpected `,`: a value is missing.', start, start + 1);
		if (char === '+' || char === '.') this.fail('Invalid number: JSON numbers start with a digit or `-`.', start, this.tokenEnd(start));
		this.fail('Unexpected character: expected a JSON value (object, array, string, number, true, false or null).', start, this.tokenEnd(start));
	}

	/** Moves past a string token starting at the quote and returns its value. */
	private readString(): string {
		const start = this.pos;
		const text = this.text;
		const long = this.readLongString(start);
		if (long !== undefined) return long;
		let i = start + 1;
		let escaped = false;
		for (;;) {
			// Skip the run of ordinary characters natively; stop at a quote, backslash or control character.
			PLAIN_RUN.lastIndex = i;
			PLAIN_RUN.test(text);
			i = PLAIN_RUN.lastIndex;
			if (i >= text.length) this.fail('Unterminated string: the closing `"` is missing.', start, i);
			const code = text.charCodeAt(i);
			if (code === 0x22) break;
			if (code < 0x20) {
				this.fail(
					code === 0x0a
						? 'Unterminated string: a string cannot span lines (write `\\n` for a line break).'
						: 'Control characters must be escaped in strings (e.g. `\\t`).',
					i,
					i + 1
				);
			}
			if (code === 0x5c) {
				escaped = true;
				const next = text[i + 1];
				if (next === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
						this.fail('Invalid `\\u` escape: it needs four hex digits.', i, Math.min(i + 6, text.length));
					}
					i += 6;
					continue;
				}
				if (next === undefined || !'"\\/bfnrt'.includes(next)) {
					this.fail(`Invalid escape \`\\${next ?? ''}\` in a string.`, i, Math.min(i + 2, text.length));
				}
				i += 2;
				continue;
			}
			i++;
		}
		this.pos = i + 1;
		return escaped ? (JSON.parse(text.slice(start, this.pos)) as string) : text.slice(start + 1, i);
	}

	/**
	 * A long string (its first `"` far ahead), read by the engine's own search and `JSON.parse`,
	 * without looking at each character here: a megabyte string value costs half as much. Returns
	 * undefined, having read nothing, when the string is short or `JSON.parse` refuses it (the scan
	 * in `readString` then names the mistake).
	 */
	private readLongString(start: number): string | undefined {
		const text = this.text;
		let close = text.indexOf('"', start + 1);
		if (close - start <= LONG_STRING) return undefined;
		// A quote after an odd run of backslashes is part of the string.
		for (;;) {
			let backslashes = 0;
			while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
			if (backslashes % 2 === 0) break;
			close = text.indexOf('"', close + 1);
			if (close === -1) return undefined;
		}
		let value: string;
		try {
			value = JSON.parse(text.slice(start, close + 1)) as string;
		} catch {
			return undefined;
		}
		this.pos = close + 1;
		return value;
	}

	private readNumber(): void {
		NUMBER.lastIndex = this.pos;
		const found = NUMBER.test(this.text);
		// A match is never empty (it holds a digit), so lastIndex is its end.
		const end = found ? NUMBER.lastIndex : this.pos;
		const after = this.text.charCodeAt(end);
		const malformed =
			!found ||
			// A number runs into a letter, digit, `.`, `+`, `-` or `_`: `01`, `1.`, `0x1F`, `1e`.
			(after >= 0x30 && after <= 0x39) ||
			(after >= 0x41 && after <= 0x5a) ||
			(after >= 0x61 && after <= 0x7a) ||
			after === 0x2e ||
			after === 0x2b ||
			after === 0x2d ||
			after === 0x5f;
		if (malformed) {
			this.fail(
				'Invalid number: JSON numbers have no leading zeros, a digit on both sides of `.`, and no hex.',
				this.pos,
				this.tokenEnd(this.pos)
			);
		}
		this.pos = end;
	}

	private skipWhitespace(): void {
		const text = this.text;
		let pos = this.pos;
		for (;;) {
			const code = text.charCodeAt(pos);
			if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
			pos++;
		}
		this.pos = pos;
	}

	/** End of the "word" at offset, for underlining a whole bad token rather than one character. */
	private tokenEnd(offset: number): number {
		const match = /[^\s,:{}[\]"]+/y;
		match.lastIndex = offset;
		const found = match.exec(this.text);
		return found ? offset + Math.min(found[0].length, 80) : Math.min(offset + 1, this.text.length);
	}

	private failComment(): never {
		this.fail('Comments are not allowed in JSON.', this.pos, this.tokenEnd(this.pos), 'comment');
	}

	private failWord(word: string, start: number): never {
		this.fail(`\`${word}\` is not a JSON value: JSON has no NaN, Infinity or undefined.`, start, start + word.length);
	}

	private fail(message: string, start: number, end: number, kind?: SyntaxKind): never {
		throw new JsonSyntaxError(message, { start, end: Math.max(start, end) }, kind);
	}
}
