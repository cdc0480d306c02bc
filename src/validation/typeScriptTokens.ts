import type { Span } from './sourceTree';

/** One token of TypeScript source. Comments and whitespace are not tokens. */
export interface Token extends Span {
	kind: 'identifier' | 'private' | 'number' | 'bigint' | 'string' | 'template' | 'regex' | 'punctuator';
	/**
	 * identifier: the name, escapes decoded; punctuator: itself (`>` is always alone: the reader
	 * joins `>>`, `>=` … where an operator can stand, as TypeScript's own scanner does); string and
	 * template: the value (a template's text between its substitutions); number: as written.
	 */
	text: string;
	/** number: its value. */
	number?: number;
	/** A line break comes before this token (automatic semicolon insertion depends on it). */
	newlineBefore: boolean;
	/** identifier: written with a `\u` escape, so never a keyword. */
	escaped?: boolean;
	/** template: each `${…}` with the tokens inside it. */
	substitutions?: { start: number; end: number; tokens: Token[] }[];
}

/** The first thing in the text that is not a token: the reader reports it as a syntax error. */
export class TokenError extends Error {
	constructor(
		message: string,
		readonly start: number,
		readonly end: number
	) {
		super(message);
	}
}

/** Longest first: the scanner takes the longest punctuator that matches. */
const PUNCTUATORS = [
	'...', '===', '!==', '**=', '<<=', '&&=', '||=', '??=',
	'=>', '==', '!=', '<=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<',
	'{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '!', '~', '?', ':', '=', '@', '.',
];
const ID_START = /[$_\p{ID_Start}]/u;
const ID_PART = /[$\u200c\u200d\p{ID_Continue}]/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const WHITESPACE = /\s/;
/** After these words an expression starts, so `/` begins a regular expression, not a division. */
const BEFORE_EXPRESSION = new Set([
	'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends',
]);
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };
const MAX_TEMPLATE_NESTING = 500;

/**
 * Splits TypeScript source into tokens, as TypeScript's scanner does for a `.ts` file, and stops
 * at the first lexical error (an unterminated string or comment, a malformed number or escape, a
 * character that cannot appear). Strings and templates are decoded; nothing is evaluated.
 */
export function typeScriptTokens(text: string): Token[] {
	return new Scanner(text).tokens(false);
}

class Scanner {
	private pos = 0;
	private nesting = 0;

	constructor(private readonly text: string) {
		if (text.startsWith('#!')) {
			// A hashbang line is a comment to TypeScript.
			const end = text.slice(2).search(LINE_TERMINATOR);
			this.pos = end === -1 ? text.length : end + 2;
		}
	}

	/** Tokens up to the end, or (in a template substitution) up to its closing `}`, not consumed. */
	tokens(inSubstitution: boolean): Token[] {
		const tokens: Token[] = [];
		let braces = 0;
		for (;;) {
			const newlineBefore = this.skipTrivia();
			if (this.pos >= this.text.length) {
				if (inSubstitution) throw new TokenError('Unterminated template: the `}` that closes `${` is missing.', this.pos, this.pos);
				return tokens;
			}
			if (inSubstitution && this.text[this.pos] === '}' && braces === 0) return tokens;
			const token = this.token(tokens.at(-1), tokens.at(-2), newlineBefore);
			if (token.kind === 'punctuator' && token.text === '{') braces++;
			if (token.kind === 'punctuator' && token.text === '}') braces--;
			tokens.push(token);
		}
	}

	/** Skips whitespace and comments; says whether a line break was among them. */
	private skipTrivia(): boolean {
		let newline = false;
		const { text } = this;
		while (this.pos < text.length) {
			const char = text[this.pos]!;
			if (WHITESPACE.test(char)) {
				if (LINE_TERMINATOR.test(char)) newline = true;
				this.pos++;
			} else if (text.startsWith('//', this.pos)) {
				const end = text.slice(this.pos).search(LINE_TERMINATOR);
				this.pos = end === -1 ? text.length : this.pos + end;
			} else if (text.startsWith('/*', this.pos)) {
				const end = text.indexOf('*/', this.pos + 2);
				if (end === -1) throw new TokenError('Unterminated comment: `*/` is missing.', this.pos, text.length);
				if (LINE_TERMINATOR.test(text.slice(this.pos, end))) newline = true;
				this.pos = end + 2;
			} else break;
		}
		return newline;
	}

	private token(previous: Token | undefined, beforePrevious: Token | undefined, newlineBefore: boolean): Token {
		const { text } = this;
		const start = this.pos;
		const char = text[start]!;
		const make = (kind: Token['kind'], value: string, extra: Partial<Token> = {}): Token => ({
			kind,
			start,
			end: this.pos,
			text: value,
			newlineBefore,
			...extra,
		});
		if (char === '"' || char === "'") return make('string', this.string());
		if (char === '`') {
			const { value, substitutions } = this.template();
			return make('template', value, { substitutions });
		}
		if ((char >= '0' && char <= '9') || (char === '.' && /[0-9]/.test(text[start + 1] ?? ''))) {
			const { kind, value } = this.number();
			return make(kind, text.slice(start, this.pos), kind === 'number' ? { number: value } : {});
		}
		if (char === '#' && this.identifierStartsAt(start + 1)) {
			this.pos++;
			return make('private', `#${this.identifier().name}`);
		}
		if (this.identifierStartsAt(start)) {
			const { name, escaped } = this.identifier();
			return make('identifier', name, escaped ? { escaped } : {});
		}
		if (char === '/' && regexAllowedAfter(previous, beforePrevious)) {
			this.regex();
			return make('regex', text.slice(start, this.pos));
		}
		for (const punctuator of PUNCTUATORS) {
			if (!text.startsWith(punctuator, start)) continue;
			// `a?.5:1` is a conditional, not optional chaining.
			if (punctuator === '?.' && /[0-9]/.test(text[start + 2] ?? '')) continue;
			this.pos += punctuator.length;
			return make('punctuator', punctuator);
		}
		const shown = String.fromCodePoint(text.codePointAt(start)!);
		throw new TokenError(`Invalid character \`${shown}\`.`, start, start + shown.length);
	}

	private identifierStartsAt(pos: number): boolean {
		if (this.text[pos] === '\\') return this.text[pos + 1] === 'u';
		const codePoint = this.text.codePointAt(pos);
		return codePoint !== undefined && ID_START.test(String.fromCodePoint(codePoint));
	}

	private identifier(): { name: string; escaped: boolean } {
		let name = '';
		let escaped = false;
		for (;;) {
			const start = this.pos;
			let char: string;
			if (this.text[this.pos] === '\\') {
				if (this.text[this.pos + 1] !== 'u') throw new TokenError('Invalid character `\\`.', start, start + 1);
				this.pos += 2;
				char = String.fromCodePoint(this.unicodeEscape(start));
				escaped = true;
				const valid = name === '' ? ID_START.test(char) : ID_PART.test(char);
				if (!valid) throw new TokenError('This escape is not a character a name can have.', start, this.pos);
			} else {
				const codePoint = this.text.codePointAt(this.pos);
				if (codePoint === undefined) break;
				char = String.fromCodePoint(codePoint);
				if (!(name === '' ? ID_START.test(char) : ID_PART.test(char))) break;
				this.pos += char.length;
			}
			name += char;
		}
		return { name, escaped };
	}

	/** After `\u`: `XXXX` or `{X…}`, as a code point. */
	private unicodeEscape(start: number): number {
		const { text } = this;
		if (text[this.pos] === '{') {
			const close = text.indexOf('}', this.pos);
			const digits = close === -1 ? '' : text.slice(this.pos + 1, close);
			if (!/^[0-9a-fA-F]+$/.test(digits)) throw new TokenError('Hexadecimal digit expected in `\\u{…}`.', start, this.pos + 1);
			const codePoint = parseInt(digits, 16);
			if (codePoint > 0x10ffff) {
				throw new TokenError('A `\\u{…}` escape must be between 0 and 10FFFF.', start, close + 1);
			}
			this.pos = close + 1;
			return codePoint;
		}
		const digits = text.slice(this.pos, this.pos + 4);
		if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new TokenError('Hexadecimal digit expected: `\\u` needs four.', start, this.pos);
		this.pos += 4;
		return parseInt(digits, 16);
	}

	/** A numeric literal with JavaScript's rules: separators only between digits, no legacy octal. */
	private number(): { kind: 'number' | 'bigint'; value: number } {
		const { text } = this;
		const start = this.pos;
		const fail = (message: string, at = this.pos): never => {
			throw new TokenError(message, start, Math.max(at + 1, start + 1));
		};
		const digits = (digit: RegExp, required: boolean) => {
			const from = this.pos;
			for (;;) {
				const char = text[this.pos] ?? '';
				if (digit.test(char)) this.pos++;
				else if (char === '_') {
					if (this.pos === from || !digit.test(text[this.pos - 1]!)) fail('Numeric separators are not allowed here.');
					if (text[this.pos + 1] === '_') fail('Multiple consecutive numeric separators are not permitted.', this.pos + 1);
					if (!digit.test(text[this.pos + 1] ?? '')) fail('Numeric separators are not allowed here.');
					this.pos++;
				} else break;
			}
			if (required && this.pos === from) fail('Digit expected.');
		};
		let kind: 'number' | 'bigint' = 'number';
		const prefix = text[start] === '0' ? (text[start + 1] ?? '').toLowerCase() : '';
		if (prefix === 'x' || prefix === 'o' || prefix === 'b') {
			this.pos += 2;
			digits(prefix === 'x' ? /[0-9a-fA-F]/ : prefix === 'o' ? /[0-7]/ : /[01]/, true);
			if (text[this.pos] === 'n') {
				this.pos++;
				kind = 'bigint';
			}
		} else {
			if (text[start] === '0' && /[0-9_]/.test(text[start + 1] ?? '')) {
				if (text[start + 1] === '_') fail('Numeric separators are not allowed here.', start + 1);
				fail(
					/^0[0-7]+(?![0-9.eE])/.test(text.slice(start))
						? `Octal literals are not allowed: write \`0o${text.slice(start + 1).match(/^[0-7]+/)![0]}\`.`
						: 'Decimals with leading zeros are not allowed.',
					start + 1
				);
			}
			let integer = true;
			digits(/[0-9]/, false);
			if (text[this.pos] === '.') {
				integer = false;
				this.pos++;
				if (text[this.pos] === '_') fail('Numeric separators are not allowed here.');
				digits(/[0-9]/, false);
			}
			let exponent = false;
			if (text[this.pos] === 'e' || text[this.pos] === 'E') {
				exponent = true;
				this.pos++;
				if (text[this.pos] === '+' || text[this.pos] === '-') this.pos++;
				if (text[this.pos] === '_') fail('Numeric separators are not allowed here.');
				digits(/[0-9]/, true);
			}
			if (text[this.pos] === 'n') {
				if (!integer) fail('A bigint literal must be an integer.');
				if (exponent) fail('A bigint literal cannot use exponential notation.');
				this.pos++;
				kind = 'bigint';
			}
		}
		// (After `0x…`, `0o…`, `0b…` TypeScript starts the next token there instead: `0b1as` is `0b1 as`.)
		if (!prefix.match(/[xob]/) && (this.identifierStartsAt(this.pos) || /[0-9]/.test(text[this.pos] ?? ''))) {
			fail('An identifier or keyword cannot immediately follow a numeric literal.');
		}
		const written = text.slice(start, this.pos).replaceAll('_', '');
		return { kind, value: kind === 'number' ? Number(written) : 0 };
	}

	/** A quoted string, decoded. */
	private string(): string {
		const { text } = this;
		const start = this.pos;
		const quote = text[start]!;
		let value = '';
		this.pos++;
		for (;;) {
			const char = text[this.pos];
			if (char === undefined || char === '\n' || char === '\r') {
				throw new TokenError(`Unterminated string: the closing ${quote} is missing.`, start, this.pos);
			}
			if (char === quote) {
				this.pos++;
				return value;
			}
			if (char === '\\') value += this.escape();
			else {
				value += char;
				this.pos++;
			}
		}
	}

	/** A template; its value is the text between substitutions (the whole value when it has none). */
	private template(): { value: string; substitutions: { start: number; end: number; tokens: Token[] }[] } {
		const { text } = this;
		const start = this.pos;
		if (++this.nesting > MAX_TEMPLATE_NESTING) throw new TokenError('Templates nested this deep are not checked.', start, start + 1);
		let value = '';
		const substitutions: { start: number; end: number; tokens: Token[] }[] = [];
		this.pos++;
		for (;;) {
			const char = text[this.pos];
			if (char === undefined) throw new TokenError('Unterminated template string: the closing backtick is missing.', start, this.pos);
			if (char === '`') {
				this.pos++;
				this.nesting--;
				return { value, substitutions };
			}
			if (char === '$' && text[this.pos + 1] === '{') {
				const from = this.pos;
				this.pos += 2;
				const tokens = this.tokens(true);
				this.pos++;
				substitutions.push({ start: from, end: this.pos, tokens });
			} else if (char === '\\') value += this.escape();
			else if (char === '\r') {
				// Template literals turn CRLF and CR into LF.
				value += '\n';
				this.pos += text[this.pos + 1] === '\n' ? 2 : 1;
			} else {
				value += char;
				this.pos++;
			}
		}
	}

	/** One escape sequence at `\`, decoded as JavaScript does; octal escapes are errors, as in TypeScript. */
	private escape(): string {
		const { text } = this;
		const start = this.pos;
		const next = text[this.pos + 1];
		this.pos += 2;
		if (next === undefined) throw new TokenError('Unterminated string.', start, this.pos - 1);
		if (next in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[next]!;
		if (next === '0' && !/[0-9]/.test(text[this.pos] ?? '')) return '\0';
		if (/[0-9]/.test(next)) {
			throw new TokenError(
				next === '8' || next === '9' ? `The escape \`\\${next}\` is not allowed.` : 'Octal escape sequences are not allowed: write `\\x…`.',
				start,
				this.pos
			);
		}
		if (next === '\r') {
			if (text[this.pos] === '\n') this.pos++;
			return '';
		}
		if (LINE_TERMINATOR.test(next)) return '';
		if (next === 'x') {
			const hex = text.slice(this.pos, this.pos + 2);
			if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new TokenError('Hexadecimal digit expected: `\\x` needs two.', start, this.pos);
			this.pos += 2;
			return String.fromCharCode(parseInt(hex, 16));
		}
		if (next === 'u') return String.fromCodePoint(this.unicodeEscape(start));
		// Any other character escapes to itself; a surrogate pair stays whole.
		const codePoint = text.codePointAt(this.pos - 1)!;
		const char = String.fromCodePoint(codePoint);
		this.pos += char.length - 1;
		return char;
	}

	private regex(): void {
		const { text } = this;
		const start = this.pos;
		let inClass = false;
		this.pos++;
		for (;;) {
			const char = text[this.pos];
			if (char === undefined || LINE_TERMINATOR.test(char)) {
				throw new TokenError('Unterminated regular expression: the closing `/` is missing.', start, this.pos);
			}
			this.pos++;
			if (char === '\\') {
				if (text[this.pos] === undefined || LINE_TERMINATOR.test(text[this.pos]!)) continue;
				this.pos++;
			} else if (char === '[') inClass = true;
			else if (char === ']') inClass = false;
			else if (char === '/' && !inClass) break;
		}
		while (this.pos < text.length) {
			const codePoint = text.codePointAt(this.pos)!;
			const char = String.fromCodePoint(codePoint);
			if (!ID_PART.test(char)) break;
			this.pos += char.length;
		}
	}
}

/** Whether a `/` after this token starts a regular expression (true) or is a division. */
function regexAllowedAfter(previous: Token | undefined, beforePrevious: Token | undefined): boolean {
	if (!previous) return true;
	if (previous.kind === 'identifier') return !previous.escaped && BEFORE_EXPRESSION.has(previous.text);
	if (previous.kind === 'punctuator') {
		// A `!` right after an operand is a non-null assertion (`x!/2`), else a negation (`!/a/.test(s)`).
		if (previous.text === '!') return !(beforePrevious && endsOperand(beforePrevious));
		return ![')', ']', '}', '++', '--'].includes(previous.text);
	}
	return false;
}

function endsOperand(token: Token): boolean {
	if (token.kind === 'punctuator') return [')', ']', '}', '!'].includes(token.text);
	if (token.kind === 'identifier') return token.escaped || !BEFORE_EXPRESSION.has(token.text);
	return true;
}
