import type { JsonNode, PropertyNode, Span } from './parseJson';
import { decodeEscape } from './decodeEscape';
import type { ParsedSource, ReadResult } from './validate';

export interface ReadTypeScriptOptions {
	/** The documented type's name: an annotation naming anything else is a warning. */
	modelName: string;
	/** Deeper literals are refused: this reader recurses, and pasted values are never this deep. */
	maxDepth?: number;
}

type Problem = Span & { message: string; code: 'syntax' | 'not_literal' };

class StopReading extends Error {}

const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER = /[A-Za-z0-9_$]*/y;
const NUMBER =
	/(?:0[xX][0-9a-fA-F](?:_?[0-9a-fA-F])*|0[oO][0-7](?:_?[0-7])*|0[bB][01](?:_?[01])*|(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.)n?/y;

/**
 * Reads the value of a TypeScript snippet as a literal, the way the SDK docs write it:
 * `import { X } from "…"; let value: X = { status: "started", … };`, or the bare object.
 * Nothing is evaluated: anything that is not a literal (a call, a variable, a spread, a computed
 * key, a template with `${}`) is reported at its range, and only literals build the value.
 */
export function readTypeScript(text: string, options: ReadTypeScriptOptions): ReadResult {
	return new Reader(text, options).read();
}

class Reader {
	private pos = 0;
	private depth = 0;
	private maxDepthSeen = 0;
	private readonly errors: Problem[] = [];
	private readonly warnings: (Span & { message: string; code: 'other' })[] = [];

	constructor(
		private readonly text: string,
		private readonly options: ReadTypeScriptOptions
	) {}

	read(): ReadResult {
		try {
			const parsed = this.program();
			if (this.errors.length > 0) return { errors: this.errors, maxDepth: this.maxDepthSeen };
			return { ...parsed, maxDepth: this.maxDepthSeen, extraProblems: this.warnings };
		} catch (error) {
			if (!(error instanceof StopReading)) throw error;
			return { errors: this.errors, maxDepth: this.maxDepthSeen };
		}
	}

	private program(): Omit<ParsedSource, 'maxDepth'> {
		this.skipTrivia();
		while (this.peekWord() === 'import') this.skipImport();
		if (this.peekWord() === 'export') this.word();
		const keyword = this.peekWord();
		let parsed: { node: JsonNode; value: unknown };
		if (keyword === 'let' || keyword === 'const' || keyword === 'var') {
			this.word();
			const name = this.word();
			if (!name) this.fail('Expected a variable name after `' + keyword + '`.');
			if (this.eat(':')) this.typeReference('annotation');
			if (!this.eat('=')) this.fail('Expected `=` and a value.');
			parsed = this.value();
		} else if (this.pos >= this.text.length) {
			this.fail('The text is empty: paste the Example Usage, e.g. `let value: X = { … };`.', 0, 0);
		} else {
			parsed = this.value();
		}
		// `as const` and `satisfies X` may follow the value.
		for (;;) {
			const word = this.peekWord();
			if (word === 'satisfies') {
				this.word();
				this.typeReference('satisfies');
			} else if (word === 'as') {
				this.word();
				if (this.peekWord() === 'const') this.word();
				else this.typeReference('annotation');
			} else break;
		}
		this.eat(';');
		this.skipTrivia();
		if (this.pos < this.text.length) {
			this.fail('Only one value can be checked: write a single `let value: X = { … };`.', this.pos, this.tokenEnd());
		}
		return { root: parsed!.node, value: parsed!.value };
	}

	/** `import … from "…";` or `import "…";`, skipped whole: nothing is loaded. */
	private skipImport(): void {
		const start = this.pos;
		this.word();
		for (;;) {
			this.skipTrivia();
			const char = this.text[this.pos];
			if (char === undefined) this.fail('Unfinished import: expected `from "…"`.', start, this.pos);
			if (char === ';') {
				this.pos++;
				break;
			}
			if (char === '"' || char === "'") {
				this.stringLiteral();
				const lineEnd = /[^\S\n]*(?:\/\/[^\n]*)?(?:\n|$)/y;
				lineEnd.lastIndex = this.pos;
				if (lineEnd.test(this.text) && this.text[this.pos] !== ';') break;
				continue;
			}
			this.pos++;
		}
		this.skipTrivia();
	}

	/** A type name after `:`, `as` or `satisfies`; a warning when it is not the checked model. */
	private typeReference(kind: 'annotation' | 'satisfies'): void {
		this.skipTrivia();
		const start = this.pos;
		const match = /[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*(?:\s*<[^=;>]*>)?(?:\s*\[\s*\])*/y;
		match.lastIndex = this.pos;
		const found = match.exec(this.text);
		if (!found) this.fail('Expected a type name.');
		this.pos += found![0].length;
		const written = found![0].replace(/\s+/g, '');
		const { modelName } = this.options;
		if (written !== modelName && !written.endsWith(`.${modelName}`)) {
			this.warnings.push({
				start,
				end: this.pos,
				code: 'other',
				message: `The ${kind === 'satisfies' ? '`satisfies` type' : 'type annotation'} is \`${written}\`, but this playground checks the value as \`${modelName}\`.`,
			});
		}
		this.skipTrivia();
	}

	private value(): { node: JsonNode; value: unknown } {
		this.skipTrivia();
		const start = this.pos;
		const char = this.text[start];
		if (char === '{') return this.nested(() => this.object());
		if (char === '[') return this.nested(() => this.array());
		if (char === '"' || char === "'") {
			const value = this.stringLiteral();
			return { node: { kind: 'string', start, end: this.pos }, value };
		}
		if (char === '`') return this.template();
		if (this.text.startsWith('...', start)) return this.notLiteral(start, 'a spread');
		if (char === '-' || char === '+' || char === '.' || (char !== undefined && char >= '0' && char <= '9')) {
			return this.number();
		}
		const word = this.peekWord();
		if (word === 'true' || word === 'false') {
			this.word();
			return { node: { kind: 'boolean', start, end: this.pos }, value: word === 'true' };
		}
		if (word === 'null') {
			this.word();
			return { node: { kind: 'null', start, end: this.pos }, value: null };
		}
		if (word === 'undefined') return this.notLiteral(start, '`undefined` (JSON has no undefined: leave the key out)');
		if (word === 'NaN' || word === 'Infinity') return this.notLiteral(start, `\`${word}\` (JSON has no ${word})`);
		if (word === 'new') return this.notLiteral(start, 'a constructor call');
		if (word) {
			this.word();
			this.skipTrivia();
			const what = this.text[this.pos] === '(' ? 'a function call' : this.text[this.pos] === '.' ? 'a property access' : 'a variable reference';
			return this.notLiteral(start, what);
		}
		if (char === undefined) this.fail('Unexpected end of text: a value is missing.');
		this.fail(`Unexpected \`${char}\`: expected a value.`, start, start + 1);
	}

	private nested(read: () => { node: JsonNode; value: unknown }): { node: JsonNode; value: unknown } {
		this.depth++;
		this.maxDepthSeen = Math.max(this.maxDepthSeen, this.depth);
		if (this.depth > (this.options.maxDepth ?? 500)) {
			this.fail(`Nesting deeper than ${this.options.maxDepth ?? 500} levels is not checked in TypeScript mode.`, this.pos, this.pos + 1);
		}
		const result = read();
		this.depth--;
		return result;
	}

	private object(): { node: JsonNode; value: unknown } {
		const start = this.pos;
		this.pos++;
		const properties: PropertyNode[] = [];
		const value: Record<string, unknown> = {};
		for (;;) {
			this.skipTrivia();
			if (this.eat('}')) break;
			const keyStart = this.pos;
			const char = this.text[keyStart];
			let key: string | undefined;
			if (char === '"' || char === "'") key = this.stringLiteral();
			else if (char === '[') {
				this.notLiteral(keyStart, 'a computed key', true);
				this.skipPropertyRest();
				continue;
			} else if (this.text.startsWith('...', keyStart)) {
				this.notLiteral(keyStart, 'a spread', true);
				continue;
			} else if (char !== undefined && char >= '0' && char <= '9') key = String(this.number().value);
			else key = this.word();
			if (key === undefined) {
				if (char === undefined) this.fail('Unexpected end of text: `}` is missing.', this.pos, this.pos);
				this.fail(`Unexpected \`${char}\`: expected a property name.`, keyStart, keyStart + 1);
			}
			const keySpan = { start: keyStart, end: this.pos };
			this.skipTrivia();
			const next = this.text[this.pos];
			if (next === ',' || next === '}') {
				this.errors.push({ ...keySpan, code: 'not_literal', message: `Only literal values can be checked: \`${key}\` is a shorthand property, a variable reference. Write \`${key}: …\`.` });
				this.eat(',');
				continue;
			}
			if (next === '(') {
				this.notLiteral(keyStart, 'a method', true);
				this.skipPropertyRest();
				continue;
			}
			if (!this.eat(':')) this.fail('Expected `:` after the property name.', this.pos, this.tokenEnd());
			const item = this.value();
			properties.push({ key: key!, keySpan, value: item.node });
			// Define, don't assign: `__proto__` is a plain key here, as in JSON.parse.
			Object.defineProperty(value, key!, { value: item.value, writable: true, enumerable: true, configurable: true });
			this.skipTrivia();
			if (this.eat(',')) continue;
			if (this.eat('}')) break;
			if (this.pos >= this.text.length) this.fail('Unexpected end of text: `}` is missing.', this.pos, this.pos);
			this.fail('Expected `,` or `}` after a property value.', this.pos, this.tokenEnd());
		}
		return { node: { kind: 'object', start, end: this.pos, properties }, value };
	}

	private array(): { node: JsonNode; value: unknown } {
		const start = this.pos;
		this.pos++;
		const items: JsonNode[] = [];
		const value: unknown[] = [];
		for (;;) {
			this.skipTrivia();
			if (this.eat(']')) break;
			if (this.text[this.pos] === ',') this.fail('An empty array slot (a hole) is not a value.', this.pos, this.pos + 1);
			if (this.text.startsWith('...', this.pos)) {
				this.notLiteral(this.pos, 'a spread', true);
				this.eat(',');
				continue;
			}
			const item = this.value();
			items.push(item.node);
			value.push(item.value);
			this.skipTrivia();
			if (this.eat(',')) continue;
			if (this.eat(']')) break;
			if (this.pos >= this.text.length) this.fail('Unexpected end of text: `]` is missing.', this.pos, this.pos);
			this.fail('Expected `,` or `]` after an array item.', this.pos, this.tokenEnd());
		}
		return { node: { kind: 'array', start, end: this.pos, items }, value };
	}

	private number(): { node: JsonNode; value: unknown } {
		const start = this.pos;
		let sign = 1;
		if (this.text[this.pos] === '-' || this.text[this.pos] === '+') {
			sign = this.text[this.pos] === '-' ? -1 : 1;
			this.pos++;
			this.skipTrivia();
			const word = this.peekWord();
			if (word === 'Infinity') return this.notLiteral(start, '`Infinity` (JSON has no Infinity)');
		}
		NUMBER.lastIndex = this.pos;
		const found = NUMBER.exec(this.text);
		if (!found || found[0] === '' || found[0] === '.') this.fail('Expected a number.', start, this.tokenEnd());
		this.pos += found![0].length;
		if (found![0].endsWith('n')) {
			this.errors.push({ start, end: this.pos, code: 'not_literal', message: 'A BigInt is not a JSON value: write a plain number.' });
			return { node: { kind: 'number', start, end: this.pos }, value: 0 };
		}
		if (IDENTIFIER_START.test(this.text[this.pos] ?? '')) this.fail('Invalid number.', start, this.tokenEnd());
		return { node: { kind: 'number', start, end: this.pos }, value: sign * Number(found![0].replaceAll('_', '')) };
	}

	private template(): { node: JsonNode; value: unknown } {
		const start = this.pos;
		let value = '';
		this.pos++;
		for (;;) {
			const char = this.text[this.pos];
			if (char === undefined) this.fail('Unterminated template string: the closing backtick is missing.', start, this.pos);
			if (char === '`') {
				this.pos++;
				return { node: { kind: 'string', start, end: this.pos }, value };
			}
			if (char === '$' && this.text[this.pos + 1] === '{') {
				const substitution = this.pos;
				let depth = 0;
				while (this.pos < this.text.length) {
					const c = this.text[this.pos++];
					if (c === '{') depth++;
					else if (c === '}' && --depth === 0) break;
				}
				this.errors.push({ start: substitution, end: this.pos, code: 'not_literal', message: 'Only literal values can be checked: `${…}` in a template is computed at run time.' });
				continue;
			}
			if (char === '\\') {
				value += this.escape();
				continue;
			}
			if (char === '\r') {
				// Template literals turn CRLF and CR into LF.
				value += '\n';
				this.pos += this.text[this.pos + 1] === '\n' ? 2 : 1;
				continue;
			}
			value += char;
			this.pos++;
		}
	}

	private stringLiteral(): string {
		const start = this.pos;
		const quote = this.text[this.pos]!;
		let value = '';
		this.pos++;
		for (;;) {
			const char = this.text[this.pos];
			if (char === undefined || char === '\n' || char === '\r') {
				this.fail(`Unterminated string: the closing ${quote} is missing.`, start, this.pos);
			}
			if (char === quote) {
				this.pos++;
				return value;
			}
			if (char === '\\') {
				value += this.escape();
				continue;
			}
			value += char;
			this.pos++;
		}
	}

	/** One escape sequence at `\`, decoded as JavaScript does; a malformed one is a syntax error. */
	private escape(): string {
		const start = this.pos;
		const decoded = decodeEscape(this.text, start);
		if (decoded) {
			this.pos = decoded.end;
			return decoded.value;
		}
		const next = this.text[start + 1];
		if (next === undefined) this.fail('Unterminated string.', start, start + 1);
		if (next === 'x') this.fail('Invalid `\\x` escape: it needs two hex digits.', start, start + 4);
		if (next === 'u') this.fail('Invalid `\\u` escape.', start, start + 6);
		this.fail('Octal escapes are not allowed in TypeScript strings.', start, start + 2);
	}

	/** Records "only literal values can be checked" over the whole expression at `start`, then skips it. */
	private notLiteral(start: number, what: string, inKeyPosition = false): { node: JsonNode; value: unknown } {
		this.pos = start;
		this.skipExpression(inKeyPosition);
		this.errors.push({ start, end: this.pos, code: 'not_literal', message: `Only literal values can be checked: this is ${what}.` });
		return { node: { kind: 'null', start, end: this.pos }, value: null };
	}

	/** Skips to the end of the expression: the next `,`, `}`, `]` or `;` outside brackets and strings. */
	private skipExpression(stopAtColon = false): void {
		let depth = 0;
		let end = this.pos;
		while (this.pos < this.text.length) {
			this.skipTrivia();
			const char = this.text[this.pos];
			if (char === undefined) break;
			if (depth === 0 && (char === ',' || char === '}' || char === ']' || char === ';' || char === ')' || (stopAtColon && char === ':'))) break;
			if (char === '"' || char === "'") {
				try {
					this.stringLiteral();
				} catch {
					this.pos = this.text.length;
				}
			} else if (char === '`') {
				this.pos++;
				while (this.pos < this.text.length && this.text[this.pos] !== '`') this.pos += this.text[this.pos] === '\\' ? 2 : 1;
				this.pos++;
			} else {
				if (char === '(' || char === '[' || char === '{') depth++;
				if (char === ')' || char === ']' || char === '}') depth--;
				this.pos++;
			}
			end = this.pos;
		}
		this.pos = Math.min(end, this.text.length);
	}

	/** After a computed key or a method: skip `: value` or the method body. */
	private skipPropertyRest(): void {
		this.skipTrivia();
		if (this.eat(':')) this.skipExpression();
		else this.skipExpression();
		this.skipTrivia();
		this.eat(',');
	}

	private skipTrivia(): void {
		for (;;) {
			while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
			if (this.text.startsWith('//', this.pos)) {
				const end = this.text.indexOf('\n', this.pos);
				this.pos = end === -1 ? this.text.length : end;
			} else if (this.text.startsWith('/*', this.pos)) {
				const end = this.text.indexOf('*/', this.pos + 2);
				if (end === -1) this.fail('Unterminated comment: `*/` is missing.', this.pos, this.text.length);
				this.pos = end + 2;
			} else return;
		}
	}

	private peekWord(): string | undefined {
		this.skipTrivia();
		if (!IDENTIFIER_START.test(this.text[this.pos] ?? '')) return undefined;
		IDENTIFIER.lastIndex = this.pos + 1;
		return this.text[this.pos] + IDENTIFIER.exec(this.text)![0];
	}

	private word(): string | undefined {
		const word = this.peekWord();
		if (word) this.pos += word.length;
		return word;
	}

	private eat(char: string): boolean {
		this.skipTrivia();
		if (this.text[this.pos] !== char) return false;
		this.pos++;
		return true;
	}

	private tokenEnd(): number {
		const match = /[^\s,:;{}[\]()]+/y;
		match.lastIndex = this.pos;
		const found = match.exec(this.text);
		return found ? this.pos + Math.min(found[0].length, 80) : Math.min(this.pos + 1, this.text.length);
	}

	private fail(message: string, start = this.pos, end = this.tokenEnd()): never {
		this.errors.push({ start, end: Math.max(start, end), code: 'syntax', message });
		throw new StopReading(message);
	}
}
