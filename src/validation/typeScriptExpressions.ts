import { didYouMean } from './didYouMean';
import type { JsonNode, PropertyNode, Span } from './sourceTree';
import type { JsonPath } from './pathText';
import type { Token } from './typeScriptTokens';

/** The SDK's enum constants by name, e.g. `{ CreateOrUpdateAuthSessionStartStatus: { Started: 'started' } }`. */
export type SdkConstants = Record<string, Record<string, string | number>>;

/**
 * A part of the value that is not read as a literal. `not_checked` (an info): it is computed when
 * the code runs, so it is not proven wrong; the others are errors the reader can prove without
 * running anything. Either way, schema problems at or under `path` are left out.
 */
export interface UnreadPart extends Span {
	path: JsonPath;
	message: string;
	code: 'not_checked' | 'not_literal' | 'other';
}

/** A syntax error: reading stops at the first. */
export class SyntaxStop extends Error {
	constructor(
		message: string,
		readonly start: number,
		readonly end: number
	) {
		super(message);
	}
}

/** What an expression is: a literal (with its value), or something computed when the code runs. */
export type Expression = Span &
	(
		| {
				kind: 'literal';
				node: JsonNode;
				value: unknown;
				/** A number literal as written (`1`, `Infinity`), which a sign may prefix and stay a literal. */
				numeric?: boolean;
		  }
		| { kind: 'computed'; what: string }
	);

/** A type written after `as` or `satisfies` on the value itself. */
export interface TypeReference extends Span {
	keyword: 'as' | 'satisfies';
	text: string;
}

export interface ExpressionReaderOptions {
	constants?: SdkConstants;
	/** Deeper expressions are refused: the reader recurses, and pasted values are never this deep. */
	maxDepth?: number;
}

const ASSIGNMENT = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '&=', '|=', '^=', '&&=', '||=', '??=']);
const BINARY = new Set(['??', '||', '&&', '|', '^', '&', '==', '!=', '===', '!==', '<', '<=', '<<', '+', '-', '*', '/', '%', '**']);
const PREFIX = new Set(['!', '~', '+', '-', '++', '--']);
const PREFIX_WORDS = new Set(['typeof', 'void', 'delete', 'await']);
/** Words that can never start an expression, nor be a shorthand property. */
const RESERVED = new Set([
	'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
	'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
	'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
]);
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const TYPE_PREFIXES = new Set(['keyof', 'unique', 'readonly', 'infer', 'asserts']);
/** Words TypeScript parses as modifiers before an object literal's property. */
const MODIFIERS = new Set(['async', 'public', 'private', 'protected', 'static', 'readonly', 'abstract', 'declare', 'override', 'accessor', 'export']);
/** Reserved words that also start types. */
const TYPE_KEYWORDS = new Set(['null', 'void', 'this', 'true', 'false', 'typeof', 'new', 'function', 'import']);
/** Types that take no type arguments: after them `<` is an operator. */
const PRIMITIVE_TYPES = new Set([
	'any', 'unknown', 'string', 'number', 'boolean', 'bigint', 'symbol', 'object', 'never', 'undefined', 'null', 'void', 'this', 'true', 'false',
]);

/**
 * Reads TypeScript expressions from tokens without evaluating anything. A literal (object, array,
 * string, number, boolean, null, an SDK enum constant, with `as`, `satisfies`, `!`, `<T>` and
 * parentheses around it) gives its value; anything else is recognised well enough to tell a
 * syntax error from valid code, named (a function call, a variable reference…), and skipped.
 */
export class ExpressionReader {
	/** Index of the next token. */
	pos = 0;
	/** The parts of the current value that are not read as literals. */
	readonly parts: UnreadPart[] = [];
	/** `as`/`satisfies` types written on the value read with `root`. */
	readonly typeReferences: TypeReference[] = [];
	maxDepthSeen = 0;
	/** For each bracket token, the index of its partner. */
	readonly partner: Int32Array;
	private depth: number;
	private jsonDepth = 0;
	/** The expression just read can be assigned to, syntactically (no operator around it). */
	private leftHandSide = false;
	private readonly maxDepth: number;

	constructor(
		readonly tokens: readonly Token[],
		private readonly text: string,
		private readonly options: ExpressionReaderOptions = {},
		/** Where the tokens end in the text (for "unexpected end" errors), and the depth already used. */
		private readonly region: { end: number; depth: number } = { end: text.length, depth: 0 }
	) {
		this.depth = region.depth;
		this.maxDepth = options.maxDepth ?? 500;
		this.partner = matchBrackets(tokens, text, region.end);
	}

	// ---- tokens ----

	tok(offset = 0): Token | undefined {
		return this.tokens[this.pos + offset];
	}

	/** The next token; the end of the text here is a syntax error. */
	private current(): Token {
		const token = this.tok();
		if (!token) this.fail('Unexpected end of text: a value is missing.');
		return token!;
	}

	isPunct(token: Token | undefined, text: string): boolean {
		return token?.kind === 'punctuator' && token.text === text;
	}

	isWord(token: Token | undefined, word: string): boolean {
		return token?.kind === 'identifier' && !token.escaped && token.text === word;
	}

	/** Where the previous token ended. */
	private lastEnd(): number {
		return this.tokens[this.pos - 1]?.end ?? 0;
	}

	fail(message: string, token = this.tok()): never {
		if (!token) throw new SyntaxStop(message, this.region.end, this.region.end);
		throw new SyntaxStop(message, token.start, token.end);
	}

	private expect(text: string, message: string): Token {
		const token = this.tok();
		if (!this.isPunct(token, text)) this.fail(message);
		this.pos++;
		return token!;
	}

	/** Past a bracket token and everything up to its partner. */
	private skipGroup(): void {
		this.pos = this.partner[this.pos]! + 1;
	}

	private enter(): void {
		if (++this.depth > this.maxDepth) {
			this.fail(`Nesting deeper than ${this.maxDepth} levels is not checked in TypeScript mode.`);
		}
	}

	// ---- expressions ----

	/** An expression as it stands in a value position (no top-level comma). */
	assignment(path: JsonPath, root = false): Expression {
		this.enter();
		const mark = this.parts.length;
		const first = this.tok();
		if (!first) this.fail('Unexpected end of text: a value is missing.');
		let result: Expression;
		if (this.arrowAhead()) result = this.arrowFunction();
		else {
			result = this.conditional(path, root);
			const operator = this.tok();
			if (this.leftHandSide && operator?.kind === 'punctuator' && (ASSIGNMENT.has(operator.text) || this.joinedGreater() === '>>=' || this.joinedGreater() === '>>>=')) {
				this.pos += operator.text === '>' ? this.joinedGreater()!.length : 1;
				this.assignment(path);
				result = this.computed(first.start, 'an assignment');
			}
		}
		// Whatever a computed expression holds is part of it: nothing inside is reported on its own.
		if (result.kind === 'computed') this.parts.length = mark;
		this.depth--;
		return result;
	}

	/** Expressions separated by commas (inside parentheses and brackets). */
	sequence(path: JsonPath): Expression {
		const start = this.tok()?.start ?? this.region.end;
		const first = this.assignment(path);
		if (!this.isPunct(this.tok(), ',')) return first;
		while (this.isPunct(this.tok(), ',')) {
			this.pos++;
			this.assignment(path);
		}
		return this.computed(start, 'an expression');
	}

	private computed(start: number, what: string): Expression {
		return { kind: 'computed', what, start, end: this.lastEnd() };
	}

	private conditional(path: JsonPath, root: boolean): Expression {
		const start = this.current().start;
		const test = this.binary(path, root);
		if (!this.isPunct(this.tok(), '?')) return test;
		this.pos++;
		this.assignment(path);
		this.expect(':', 'Expected `:` in a conditional expression.');
		this.assignment(path);
		this.leftHandSide = false;
		return this.computed(start, 'a conditional expression');
	}

	/** `>` tokens standing for `>>`, `>>>`, `>=`, `>>=`, `>>>=` (written without spaces). */
	private joinedGreater(): string | undefined {
		if (!this.isPunct(this.tok(), '>')) return undefined;
		let operator = '>';
		let index = this.pos;
		while (operator.length < 3) {
			const next = this.tokens[index + 1];
			if (!this.isPunct(next, '>') || next!.start !== this.tokens[index]!.end) break;
			operator += '>';
			index++;
		}
		const next = this.tokens[index + 1];
		if (this.isPunct(next, '=') && next!.start === this.tokens[index]!.end) operator += '=';
		return operator;
	}

	private binaryOperator(): number {
		const token = this.tok();
		if (!token) return 0;
		if (token.kind === 'identifier') return this.isWord(token, 'in') || this.isWord(token, 'instanceof') ? 1 : 0;
		if (token.kind !== 'punctuator') return 0;
		if (token.text === '>') {
			const joined = this.joinedGreater()!;
			if (joined === '>>=' || joined === '>>>=') return 0;
			return joined === '>=' ? 2 : joined.length;
		}
		return BINARY.has(token.text) ? 1 : 0;
	}

	private binary(path: JsonPath, root: boolean): Expression {
		const start = this.current().start;
		let { expression: left, prefixed } = this.unary(path, root);
		let operators = 0;
		for (;;) {
			const length = this.binaryOperator();
			if (length === 0) break;
			if (this.isPunct(this.tok(), '**') && prefixed) {
				this.fail('A unary expression is not allowed on the left of `**`: wrap it in parentheses.');
			}
			this.pos += length;
			operators++;
			({ prefixed } = this.unary(path, false));
		}
		if (operators === 0) return left;
		this.leftHandSide = false;
		return this.computed(start, 'an expression');
	}

	private unary(path: JsonPath, root: boolean): { expression: Expression; prefixed: boolean } {
		const start = this.current().start;
		const operators: string[] = [];
		for (;;) {
			const token = this.tok();
			if (token?.kind === 'punctuator' && PREFIX.has(token.text)) {
				operators.push(token.text);
				this.pos++;
			} else if (token?.kind === 'identifier' && !token.escaped && PREFIX_WORDS.has(token.text)) {
				// `await` is also a plain name: it is an operator only before an operand.
				if (token.text === 'await' && !this.startsOperand(this.tok(1))) break;
				operators.push(token.text);
				this.pos++;
			} else if (this.isPunct(token, '<')) {
				// A type assertion: `<T>value` leaves the value as it is.
				this.pos++;
				this.type();
				this.expect('>', 'Expected `>` after the type.');
				operators.push('<>');
			} else break;
			if (!this.tok()) this.fail('Unexpected end of text: a value is missing.');
		}
		const operand = this.postfix(path, root && operators.length === 0);
		if (operators.length > 0) this.leftHandSide = false;
		const real = operators.filter((operator) => operator !== '<>');
		if (real.length === 0) return { expression: operand, prefixed: operators.length > 0 };
		if (real.length === 1 && (real[0] === '-' || real[0] === '+') && operand.kind === 'literal' && operand.numeric) {
			const value = typeof operand.value === 'number' && real[0] === '-' ? -operand.value : operand.value;
			const node: JsonNode = { kind: 'number', start, end: operand.end };
			return { expression: { kind: 'literal', node, value, start, end: operand.end }, prefixed: true };
		}
		const what = real[0] === 'await' ? 'an `await` expression' : 'an expression';
		return { expression: this.computed(start, what), prefixed: true };
	}

	/** Whether this token can begin an operand (for `await` used as a name). */
	private startsOperand(token: Token | undefined): boolean {
		if (!token) return false;
		if (token.kind !== 'punctuator') return !(token.kind === 'identifier' && (token.text === 'in' || token.text === 'instanceof' || token.text === 'as' || token.text === 'satisfies'));
		return ['(', '[', '{', '!', '~', '+', '-', '++', '--', '<'].includes(token.text);
	}

	private postfix(path: JsonPath, root: boolean): Expression {
		let expression = this.primary(path);
		const start = expression.start;
		// `A.B` or `ns.A.B` so far, for the SDK's enum constants.
		let chain: string[] | undefined =
			expression.kind === 'computed' && expression.what === 'a variable reference' ? [this.tokens[this.pos - 1]!.text] : undefined;
		const settle = () => {
			if (chain && chain.length > 1) expression = this.constant(chain, start, path) ?? expression;
			chain = undefined;
		};
		let leftHandSide = true;
		for (;;) {
			const token = this.tok();
			if (!token) break;
			// After `as T` or `satisfies T` (operators, in TypeScript's grammar) only another may follow.
			if (!leftHandSide && !this.isWord(token, 'as') && !this.isWord(token, 'satisfies')) break;
			if (this.isPunct(token, '.')) {
				this.pos++;
				const name = this.propertyName();
				if (chain) chain.push(name.text);
				expression = this.computed(start, 'a property access');
				continue;
			}
			settle();
			if (this.isPunct(token, '?.')) {
				this.pos++;
				const next = this.tok();
				if (this.isPunct(next, '(')) {
					this.callArguments();
					expression = this.computed(start, 'a function call');
				} else if (this.isPunct(next, '[')) {
					this.skipGroupChecked();
					expression = this.computed(start, 'a property access');
				} else {
					this.propertyName();
					expression = this.computed(start, 'a property access');
				}
			} else if (this.isPunct(token, '[')) {
				this.skipGroupChecked();
				expression = this.computed(start, 'a property access');
			} else if (this.isPunct(token, '(')) {
				this.callArguments();
				expression = this.computed(start, 'a function call');
			} else if (token.kind === 'template') {
				this.pos++;
				this.checkSubstitutions(token);
				expression = this.computed(start, 'a function call');
			} else if (this.isPunct(token, '!') && !token.newlineBefore) {
				this.pos++;
			} else if ((this.isWord(token, 'as') || this.isWord(token, 'satisfies')) && !token.newlineBefore) {
				this.pos++;
				const typeStart = this.pos;
				this.type();
				const text = this.tokens
					.slice(typeStart, this.pos)
					.map((part) => part.text)
					.join('');
				leftHandSide = false;
				if (root && text !== 'const') {
					this.typeReferences.push({
						keyword: token.text as 'as' | 'satisfies',
						text,
						start: this.tokens[typeStart]!.start,
						end: this.lastEnd(),
					});
				}
			} else if ((this.isPunct(token, '++') || this.isPunct(token, '--')) && !token.newlineBefore) {
				this.pos++;
				expression = this.computed(start, 'an expression');
				// Nothing continues after `x++` but operators.
				break;
			} else break;
		}
		settle();
		this.leftHandSide = leftHandSide;
		return expression;
	}

	/** The name after `.` or `?.`. */
	private propertyName(): Token {
		const name = this.tok();
		if (name?.kind !== 'identifier' && name?.kind !== 'private') this.fail('Expected a property name after `.`.');
		// `a.` at a line's end, then `b c` on the next: TypeScript takes `a.` as unfinished.
		const after = this.tok(1);
		if (name!.newlineBefore && after?.kind === 'identifier' && !after.newlineBefore) this.fail('Expected a property name after `.`.');
		this.pos++;
		return name!;
	}

	/** `A.B` or `ns.A.B` naming an SDK enum constant: its value; an unknown member is an error. */
	private constant(chain: string[], start: number, path: JsonPath): Expression | undefined {
		const constants = this.options.constants ?? {};
		const [name, key] = chain.length === 2 || chain.length === 3 ? chain.slice(-2) : [];
		if (name === undefined || key === undefined || !Object.hasOwn(constants, name)) return undefined;
		const members = constants[name]!;
		const end = this.lastEnd();
		if (Object.hasOwn(members, key)) {
			const value = members[key]!;
			const node: JsonNode = { kind: typeof value === 'number' ? 'number' : 'string', start, end };
			return { kind: 'literal', node, value, start, end };
		}
		const keys = Object.keys(members);
		const suggestion = didYouMean(key, keys);
		this.parts.push({
			start,
			end,
			path,
			code: 'other',
			message:
				`\`${name}\` has no member \`${key}\`: ` +
				(suggestion !== undefined ? `did you mean \`${name}.${suggestion}\`?` : `its members are ${keys.map((member) => `\`${member}\``).join(', ')}.`),
		});
		return { kind: 'literal', node: { kind: 'null', start, end }, value: undefined, start, end };
	}

	private primary(path: JsonPath): Expression {
		const token = this.tok();
		if (!token) this.fail('Unexpected end of text: a value is missing.');
		const { start, end } = token!;
		const literal = (kind: JsonNode['kind'], value: unknown, numeric = false): Expression => {
			this.pos++;
			return { kind: 'literal', node: { kind, start, end } as JsonNode, value, start, end, ...(numeric && { numeric }) };
		};
		switch (token!.kind) {
			case 'string':
				return literal('string', token!.text);
			case 'number':
				return literal('number', token!.number, true);
			case 'bigint':
				this.parts.push({ start, end, path, code: 'not_literal', message: 'A BigInt is not a JSON value: write a plain number.' });
				return literal('number', undefined, true);
			case 'template':
				this.pos++;
				if (!token!.substitutions?.length) return { kind: 'literal', node: { kind: 'string', start, end }, value: token!.text, start, end };
				this.checkSubstitutions(token!);
				return this.computed(start, 'a template with `${…}`');
			case 'regex':
				this.pos++;
				return this.computed(start, 'a regular expression');
			case 'private':
				// `#x in y`; TypeScript parses a private name anywhere and rejects it later.
				this.pos++;
				return this.computed(start, 'a reference');
			case 'punctuator':
				if (token!.text === '{') return this.objectLiteral(path);
				if (token!.text === '[') return this.arrayLiteral(path);
				if (token!.text === '(') return this.parenthesized(path);
				this.fail(`Unexpected \`${token!.text}\`: expected a value.`);
		}
		// An identifier.
		const name = token!.escaped ? '' : token!.text;
		if (name === 'true' || name === 'false') return literal('boolean', name === 'true');
		if (name === 'null') return literal('null', null);
		// Global constants, read as JavaScript reads them: nothing can rebind them in a module.
		if (name === 'undefined') return literal('null', undefined);
		if (name === 'NaN' || name === 'Infinity') return literal('number', name === 'NaN' ? NaN : Infinity, true);
		if (name === 'function') return this.functionExpression();
		if (name === 'class') return this.classExpression();
		if (name === 'new') return this.newExpression(path);
		if (name === 'async' && this.isWord(this.tok(1), 'function') && !this.tok(1)!.newlineBefore) {
			this.pos++;
			return this.functionExpression();
		}
		if (name === 'this' || name === 'super' || name === 'import') {
			this.pos++;
			return this.computed(start, 'a reference');
		}
		if (RESERVED.has(name)) this.fail(`Unexpected \`${name}\`: expected a value.`);
		this.pos++;
		return this.computed(start, 'a variable reference');
	}

	private parenthesized(path: JsonPath): Expression {
		const open = this.current();
		this.pos++;
		if (this.isPunct(this.tok(), ')')) this.fail('Expected an expression inside `( )`.');
		const inner = this.sequence(path);
		this.expect(')', 'Expected `)`.');
		if (inner.kind === 'computed') return this.computed(open.start, inner.what);
		return { ...inner, start: open.start, end: this.lastEnd() };
	}

	private objectLiteral(path: JsonPath): Expression {
		const open = this.current();
		this.pos++;
		this.jsonDepth++;
		this.maxDepthSeen = Math.max(this.maxDepthSeen, this.jsonDepth);
		const properties: PropertyNode[] = [];
		const value: Record<string, unknown> = {};
		const define = (key: string, item: unknown) =>
			// Define, don't assign: `__proto__` is a plain key here, as in JSON.parse.
			Object.defineProperty(value, key, { value: item, writable: true, enumerable: true, configurable: true });
		while (!this.isPunct(this.tok(), '}')) {
			const first = this.current();
			if (this.isPunct(first, '...')) {
				this.pos++;
				this.assignment(path);
				this.unread(first.start, path, 'not_checked', `Not checked: \`${this.excerpt(first.start)}\` is a spread, known only when the code runs; nothing else in this object is checked.`);
			} else this.property(path, properties, define);
			if (this.isPunct(this.tok(), ',')) this.pos++;
			else if (!this.isPunct(this.tok(), '}')) this.fail('Expected `,` or `}` after a property.');
		}
		this.pos++;
		this.jsonDepth--;
		return { kind: 'literal', node: { kind: 'object', start: open.start, end: this.lastEnd(), properties }, value, start: open.start, end: this.lastEnd() };
	}

	private property(path: JsonPath, properties: PropertyNode[], define: (key: string, value: unknown) => void): void {
		const first = this.current();
		// `async`, and class modifiers TypeScript parses here too (and rejects on a property, later).
		const modifiers: string[] = [];
		while (MODIFIERS.has(this.tok()?.escaped ? '' : (this.tok()?.text ?? '')) && this.startsPropertyName(this.tok(1)) && !this.tok(1)!.newlineBefore) {
			modifiers.push(this.tok()!.text);
			this.pos++;
		}
		let modifier: string | undefined;
		if ((this.isWord(this.tok(), 'get') || this.isWord(this.tok(), 'set')) && this.startsPropertyName(this.tok(1))) {
			modifier = this.tok()!.text;
			this.pos++;
		}
		if (this.isPunct(this.tok(), '*')) {
			modifier = 'generator';
			this.pos++;
		}
		const keyToken = this.current();
		let key: string | undefined;
		let keyPath: JsonPath;
		if (this.isPunct(keyToken, '[')) {
			this.skipGroupChecked();
			keyPath = path;
		} else {
			if (keyToken.kind === 'identifier' || keyToken.kind === 'private') key = keyToken.text;
			else if (keyToken.kind === 'string') key = keyToken.text;
			else if (keyToken.kind === 'number') key = String(keyToken.number);
			else if (keyToken.kind === 'bigint') key = BigInt(keyToken.text.replaceAll('_', '').slice(0, -1)).toString();
			else this.fail('Expected a property name.');
			this.pos++;
			keyPath = [...path, key!];
			if (keyToken.kind === 'bigint') this.unread(keyToken.start, keyPath, 'other', 'A BigInt cannot be a property name.');
			if (keyToken.kind === 'private') this.unread(keyToken.start, keyPath, 'other', 'A private name (`#…`) cannot be a key of an object literal.');
		}
		const keySpan = { start: keyToken.start, end: this.lastEnd() };
		const shown = key === undefined ? this.excerpt(keyToken.start) : key;
		const marker = this.tok();
		if ((this.isPunct(marker, '?') || this.isPunct(marker, '!')) && !modifier) {
			this.pos++;
			this.unread(keyToken.start, keyPath, 'other', `An object literal property cannot be marked \`${marker!.text}\`: remove it.`);
		}
		const next = this.tok();
		const notMethod = modifiers.filter((word) => word !== 'async');
		if (notMethod.length > 0 || (modifiers.length > 0 && !this.isPunct(next, '(') && !this.isPunct(next, '<'))) {
			this.unread(first.start, keyPath, 'other', `\`${modifiers.join(' ')}\` cannot be written before a property of an object literal.`);
		}
		if (modifier || this.isPunct(next, '(') || this.isPunct(next, '<')) {
			if (!this.methodRest()) {
				this.unread(first.start, keyPath, 'other', `The method \`${shown}\` has no body: add \`{ … }\`.`);
				if (key !== undefined) this.placeholder(key, keySpan, first.start, properties, define);
				return;
			}
			const what = modifier === 'get' ? 'a getter' : modifier === 'set' ? 'a setter' : 'a method';
			// A method or accessor is valid code, but no literal: the SDK reads a getter's value when
			// it serialises the object, and a method is a function, which JSON drops. Not proven
			// wrong without running the code, so "not checked", never an error.
			this.unread(first.start, keyPath, 'not_checked', `Not checked: \`${shown}\` is ${what}, known only when the code runs.`);
			if (key !== undefined) this.placeholder(key, keySpan, first.start, properties, define);
			return;
		}
		if (this.isPunct(next, ':')) {
			this.pos++;
			const item = this.assignment(keyPath);
			if (key === undefined) {
				this.unread(first.start, path, 'not_checked', `Not checked: \`${shown}\` is a computed key, known only when the code runs; nothing else in this object is checked.`);
				return;
			}
			if (item.kind === 'literal') {
				properties.push({ key, keySpan, value: item.node });
				define(key, item.value);
			} else {
				this.unreadExpression(item, keyPath);
				this.placeholder(key, keySpan, item.start, properties, define);
			}
			return;
		}
		if (keyToken.kind === 'identifier' && (this.isPunct(next, ',') || this.isPunct(next, '}') || this.isPunct(next, '='))) {
			if (RESERVED.has(key!)) this.fail('Expected `:` after the property name.', next);
			if (this.isPunct(next, '=')) {
				this.pos++;
				this.assignment(keyPath);
				this.unread(first.start, keyPath, 'other', `\`=\` gives a default only when destructuring: in an object literal write \`${key}: …\`.`);
			} else {
				this.unread(
					first.start,
					keyPath,
					'not_checked',
					`Not checked: \`${key}\` is a shorthand property: the value of the variable \`${key}\`, known only when the code runs.`
				);
			}
			this.placeholder(key!, keySpan, first.start, properties, define);
			return;
		}
		this.fail('Expected `:` after the property name.', next);
	}

	/** A property whose value is not read: its key is there, its value stands in as `undefined`. */
	private placeholder(key: string, keySpan: Span, start: number, properties: PropertyNode[], define: (key: string, value: unknown) => void): void {
		properties.push({ key, keySpan, value: { kind: 'null', start, end: this.lastEnd() } });
		define(key, undefined);
	}

	private startsPropertyName(token: Token | undefined): boolean {
		if (!token) return false;
		if (token.kind === 'punctuator') return token.text === '[' || token.text === '*';
		return token.kind !== 'template' && token.kind !== 'regex';
	}

	/**
	 * After a method's or accessor's name: type parameters, parameters, return type, body. Says
	 * whether the body is there (TypeScript parses a method without one, and rejects it later).
	 */
	private methodRest(): boolean {
		const mark = this.parts.length;
		if (this.isPunct(this.tok(), '<')) this.typeParameters();
		this.parameters();
		if (this.isPunct(this.tok(), ':')) {
			this.pos++;
			this.type();
		}
		this.parts.length = mark;
		const next = this.tok();
		if (!this.isPunct(next, '{')) {
			// Where a `;` could end it, as in a declaration.
			if (this.isPunct(next, ';')) this.pos++;
			else if (next && !next.newlineBefore && !this.isPunct(next, '}')) this.fail('Expected `{` and a body.');
			return false;
		}
		this.skipGroup();
		return true;
	}

	/** `(a, b?: T, { c } = d, ...e)`: names or patterns, types, defaults. */
	private parameters(): void {
		this.expect('(', 'Expected `(` and the parameters.');
		while (!this.isPunct(this.tok(), ')')) {
			const modifiers = ['public', 'private', 'protected', 'readonly', 'override'];
			while (modifiers.some((word) => this.isWord(this.tok(), word)) && (this.tok(1)?.kind === 'identifier' || this.isPunct(this.tok(1), '{') || this.isPunct(this.tok(1), '['))) {
				this.pos++;
			}
			if (this.isPunct(this.tok(), '...')) this.pos++;
			if (this.isWord(this.tok(), 'this')) this.pos++;
			else this.bindingTarget();
			if (this.isPunct(this.tok(), '?')) this.pos++;
			if (this.isPunct(this.tok(), ':')) {
				this.pos++;
				this.type();
			}
			if (this.isPunct(this.tok(), '=')) {
				this.pos++;
				this.assignment([]);
			}
			if (this.isPunct(this.tok(), ',')) this.pos++;
			else if (!this.isPunct(this.tok(), ')')) this.fail('Expected `,` or `)` after a parameter.');
		}
		this.pos++;
	}

	private arrayLiteral(path: JsonPath): Expression {
		const open = this.current();
		this.pos++;
		this.jsonDepth++;
		this.maxDepthSeen = Math.max(this.maxDepthSeen, this.jsonDepth);
		const items: JsonNode[] = [];
		const value: unknown[] = [];
		while (!this.isPunct(this.tok(), ']')) {
			const token = this.current();
			if (this.isPunct(token, ',')) {
				// A hole, as in `[1, , 2]`: JavaScript reads it as `undefined`.
				items.push({ kind: 'null', start: token.start, end: token.start });
				value.push(undefined);
				this.pos++;
				continue;
			}
			if (this.isPunct(token, '...')) {
				this.pos++;
				this.assignment(path);
				this.unread(token.start, path, 'not_checked', `Not checked: \`${this.excerpt(token.start)}\` is a spread, known only when the code runs; nothing else in this array is checked.`);
			} else {
				const itemPath = [...path, items.length];
				const item = this.assignment(itemPath);
				if (item.kind === 'literal') {
					items.push(item.node);
					value.push(item.value);
				} else {
					this.unreadExpression(item, itemPath);
					items.push({ kind: 'null', start: item.start, end: item.end });
					value.push(undefined);
				}
			}
			if (this.isPunct(this.tok(), ',')) this.pos++;
			else if (!this.isPunct(this.tok(), ']')) this.fail('Expected `,` or `]` after an array item.');
		}
		this.pos++;
		this.jsonDepth--;
		return { kind: 'literal', node: { kind: 'array', start: open.start, end: this.lastEnd(), items }, value, start: open.start, end: this.lastEnd() };
	}

	/** Records a computed expression standing where a value goes. */
	unreadExpression(expression: Extract<Expression, { kind: 'computed' }>, path: JsonPath): void {
		const excerpt = this.text.slice(expression.start, expression.end).replace(/\s+/g, ' ');
		const message =
			excerpt.length <= 40 && !excerpt.includes('`')
				? `Not checked: \`${excerpt}\` is ${expression.what}, known only when the code runs.`
				: `Not checked: this is ${expression.what}, known only when the code runs.`;
		this.parts.push({ start: expression.start, end: expression.end, path, code: 'not_checked', message });
	}

	private unread(start: number, path: JsonPath, code: UnreadPart['code'], message: string): void {
		this.parts.push({ start, end: this.lastEnd(), path, code, message });
	}

	/** The text from `start` to the last token read, on one line and shortened. */
	private excerpt(start: number): string {
		const text = this.text.slice(start, this.lastEnd()).replace(/\s+/g, ' ');
		return text.length <= 40 ? text : `${text.slice(0, 37)}…`;
	}

	// ---- code that is never a literal: checked for syntax, then skipped ----

	/** `(…)` of a call: arguments, each maybe spread. */
	private callArguments(): void {
		this.pos++;
		while (!this.isPunct(this.tok(), ')')) {
			if (this.isPunct(this.tok(), '...')) this.pos++;
			if (this.isPunct(this.tok(), ',')) this.fail('Expected an argument.');
			this.assignment([]);
			if (this.isPunct(this.tok(), ',')) this.pos++;
			else if (!this.isPunct(this.tok(), ')')) this.fail('Expected `,` or `)` after an argument.');
		}
		this.pos++;
	}

	/** `[…]` of an index or a computed key: one expression. */
	private skipGroupChecked(): void {
		this.pos++;
		if (this.isPunct(this.tok(), ']')) this.fail('Expected an expression inside `[ ]`.');
		this.sequence([]);
		this.expect(']', 'Expected `]`.');
	}

	private checkSubstitutions(token: Token): void {
		for (const substitution of token.substitutions ?? []) {
			const reader = new ExpressionReader(substitution.tokens, this.text, this.options, { end: substitution.end - 1, depth: this.depth });
			if (substitution.tokens.length === 0) {
				throw new SyntaxStop('Expected an expression inside `${…}`.', substitution.start, substitution.end);
			}
			reader.sequence([]);
			if (reader.tok()) reader.fail('Expected `}` to close `${`.');
		}
	}

	private arrowAhead(): boolean {
		let index = this.pos;
		const at = (i: number) => this.tokens[i];
		if (this.isWord(at(index), 'async') && at(index + 1) && !at(index + 1)!.newlineBefore) {
			const next = at(index + 1)!;
			if (next.kind === 'identifier' || this.isPunct(next, '(')) index++;
		}
		const token = at(index);
		if (token?.kind === 'identifier' && !RESERVED.has(token.text)) return this.isPunct(at(index + 1), '=>');
		if (this.isPunct(token, '<')) return this.isWord(at(index - 1), 'async') || this.genericArrowAhead(index);
		if (!this.isPunct(token, '(')) return false;
		const after = this.partner[index]! + 1;
		if (this.isPunct(at(after), '=>')) return true;
		if (!this.isPunct(at(after), ':')) return false;
		// `(a): T => …` is an arrow function; `c ? (a) : b` is not: try reading a type.
		return (
			this.attempt(() => {
				this.pos = after + 1;
				this.type();
				return this.isPunct(this.tok(), '=>');
			}) ?? false
		);
	}

	/** `<T>(x) => x`: a generic arrow function rather than a type assertion. */
	private genericArrowAhead(index: number): boolean {
		return (
			this.attempt(() => {
				this.pos = index;
				this.typeParameters();
				if (!this.isPunct(this.tok(), '(')) return false;
				const after = this.partner[this.pos]! + 1;
				return this.isPunct(this.tokens[after], '=>') || this.isPunct(this.tokens[after], ':');
			}) ?? false
		);
	}

	/**
	 * Runs a look-ahead: its result, or undefined if it met a syntax error. The position and depth
	 * are put back either way.
	 */
	attempt<T>(look: () => T): T | undefined {
		const { pos, depth } = this;
		try {
			return look();
		} catch (error) {
			if (error instanceof SyntaxStop) return undefined;
			throw error;
		} finally {
			this.pos = pos;
			this.depth = depth;
		}
	}

	private arrowFunction(): Expression {
		const start = this.current().start;
		if (this.isWord(this.tok(), 'async') && !this.isPunct(this.tok(1), '=>')) this.pos++;
		if (this.isPunct(this.tok(), '<')) this.typeParameters();
		if (this.isPunct(this.tok(), '(')) {
			this.parameters();
			if (this.isPunct(this.tok(), ':')) {
				this.pos++;
				this.type();
			}
		} else this.pos++;
		this.expect('=>', 'Expected `=>`.');
		if (this.isPunct(this.tok(), '{')) this.skipGroup();
		else this.assignment([]);
		return this.computed(start, 'a function');
	}

	private functionExpression(): Expression {
		const start = this.current().start;
		this.pos++;
		if (this.isPunct(this.tok(), '*')) this.pos++;
		if (this.tok()?.kind === 'identifier') this.pos++;
		if (!this.methodRest()) this.fail('Expected `{` and the function body.');
		return this.computed(start, 'a function');
	}

	private classExpression(): Expression {
		const start = this.current().start;
		this.pos++;
		while (this.tok() && !this.isPunct(this.tok(), '{')) {
			if (this.isPunct(this.tok(), '(') || this.isPunct(this.tok(), '[')) this.skipGroup();
			else this.pos++;
		}
		if (!this.tok()) this.fail('Expected `{` and the class body.');
		this.skipGroup();
		return this.computed(start, 'a class');
	}

	private newExpression(path: JsonPath): Expression {
		const start = this.current().start;
		this.pos++;
		if (this.isPunct(this.tok(), '.')) {
			this.pos++;
			if (!this.isWord(this.tok(), 'target')) this.fail('Expected `new.target`.');
			this.pos++;
			return this.computed(start, 'a reference');
		}
		// The constructor: a primary and its member accesses (a call's `(` belongs to `new`).
		if (this.isWord(this.tok(), 'new')) this.newExpression(path);
		else this.primary([]);
		for (;;) {
			if (this.isPunct(this.tok(), '.')) {
				this.pos++;
				const name = this.tok();
				if (name?.kind !== 'identifier' && name?.kind !== 'private') this.fail('Expected a property name after `.`.');
				this.pos++;
			} else if (this.isPunct(this.tok(), '[')) this.skipGroupChecked();
			else break;
		}
		if (this.isPunct(this.tok(), '<') && this.typeArgumentsAhead()) this.typeParameters();
		if (this.isPunct(this.tok(), '(')) this.callArguments();
		return this.computed(start, 'a constructor call');
	}

	private typeArgumentsAhead(): boolean {
		return (
			this.attempt(() => {
				this.typeParameters();
				return this.isPunct(this.tok(), '(');
			}) ?? false
		);
	}

	/** A name, or a destructuring pattern (`{ a, b: [c] = d, ...e }`), that a value is bound to. */
	bindingTarget(): void {
		const token = this.tok();
		if (token?.kind === 'identifier' && !RESERVED.has(token.text)) {
			this.pos++;
			return;
		}
		const object = this.isPunct(token, '{');
		if (!object && !this.isPunct(token, '[')) this.fail('Expected a name or a destructuring pattern.');
		this.enter();
		this.pos++;
		const close = object ? '}' : ']';
		while (!this.isPunct(this.tok(), close)) {
			if (!object && this.isPunct(this.tok(), ',')) {
				this.pos++;
				continue;
			}
			if (this.isPunct(this.tok(), '...')) {
				this.pos++;
				this.bindingTarget();
			} else if (object) {
				const key = this.tok();
				if (this.isPunct(key, '[')) this.skipGroupChecked();
				else if (key && ['identifier', 'string', 'number', 'bigint'].includes(key.kind)) this.pos++;
				else this.fail('Expected a property name.');
				if (this.isPunct(this.tok(), ':')) {
					this.pos++;
					this.bindingTarget();
				} else if (key!.kind !== 'identifier' || RESERVED.has(key!.text)) this.fail('Expected `:` after the property name.');
			} else this.bindingTarget();
			if (this.isPunct(this.tok(), '=')) {
				this.pos++;
				this.assignment([]);
			}
			if (this.isPunct(this.tok(), ',')) this.pos++;
			else if (!this.isPunct(this.tok(), close)) this.fail(`Expected \`,\` or \`${close}\`.`);
		}
		this.pos++;
		this.depth--;
	}

	// ---- types: read only to skip them ----

	/** A type, e.g. after `:`, `as` or `satisfies` (`as const` is the type named `const`, here). */
	type(): void {
		this.enter();
		if (this.isPunct(this.tok(), '|') || this.isPunct(this.tok(), '&')) this.pos++;
		for (;;) {
			this.typeOperand();
			if (this.isPunct(this.tok(), '|') || this.isPunct(this.tok(), '&')) {
				this.pos++;
				continue;
			}
			break;
		}
		this.depth--;
	}

	private typeOperand(): void {
		for (;;) {
			const token = this.tok();
			if (token?.kind === 'identifier' && TYPE_PREFIXES.has(token.text) && this.tok(1)?.kind === 'identifier') this.pos++;
			// JSDoc's `?T` and `!T`: TypeScript parses them (and rejects them later, as types).
			else if (this.isPunct(token, '?') || this.isPunct(token, '!')) this.pos++;
			else break;
		}
		const token = this.tok();
		if (!token) this.fail('Expected a type.');
		const unknownType = this.isPunct(this.tokens[this.pos - 1], '?') && [',', '}', ')', '>', '=', '|'].some((text) => this.isPunct(token, text));
		if (unknownType) {
			// JSDoc's `?` alone (before `,`, `)`…): a whole type to TypeScript's parser.
		} else if (this.isPunct(token, '*')) {
			this.pos++;
		} else if (this.isWord(token, 'function') && this.isPunct(this.tok(1), '(')) {
			this.pos++;
			this.skipGroup();
			if (this.isPunct(this.tok(), ':')) {
				this.pos++;
				this.type();
			}
		} else if (this.isWord(token, 'typeof')) {
			this.pos++;
			if (this.tok()?.kind !== 'identifier') this.fail('Expected a name after `typeof`.');
			this.pos++;
			this.qualifiedRest();
		} else if (this.isWord(token, 'new') && this.isPunct(this.tok(1), '(')) {
			this.pos++;
			this.functionTypeRest();
		} else if (token!.kind === 'identifier' || token!.kind === 'private') {
			// Any name, even a reserved word, parses as a type (TypeScript rejects those later).
			this.pos++;
			this.qualifiedRest();
			// Type arguments only on the same line, as TypeScript reads them (else `<` is an operator).
			if (this.isPunct(this.tok(), '<') && !this.tok()!.newlineBefore && !PRIMITIVE_TYPES.has(token!.text)) this.typeArguments();
		} else if (['string', 'number', 'bigint', 'template'].includes(token!.kind)) {
			this.pos++;
		} else if (this.isPunct(token, '-') && (this.tok(1)?.kind === 'number' || this.tok(1)?.kind === 'bigint')) {
			this.pos += 2;
		} else if (this.isPunct(token, '{')) {
			this.objectType();
		} else if (this.isPunct(token, '[')) {
			this.tupleType();
		} else if (this.isPunct(token, '(')) {
			const after = this.partner[this.pos]! + 1;
			if (this.isPunct(this.tokens[after], '=>')) this.functionTypeRest();
			else {
				this.pos++;
				this.type();
				this.expect(')', 'Expected `)` after the type.');
			}
		} else if (this.isPunct(token, '<')) {
			this.typeParameters();
			this.functionTypeRest();
		} else this.fail('Expected a type.');
		// `T[]`, `T[K]`, and JSDoc's `T!` and `T?` (unless `?` starts a conditional's branch).
		for (;;) {
			if (this.isPunct(this.tok(), '[') && !this.tok()!.newlineBefore) {
				this.pos++;
				if (!this.isPunct(this.tok(), ']')) this.listedType();
				this.expect(']', 'Expected `]`.');
			} else if (this.isPunct(this.tok(), '!')) this.pos++;
			else if (this.isPunct(this.tok(), '?') && !this.startsType(this.tok(1))) this.pos++;
			else break;
		}
	}

	private startsType(token: Token | undefined): boolean {
		if (!token) return false;
		if (token.kind !== 'punctuator') return token.kind !== 'regex';
		return ['{', '[', '(', '<', '-', '?', '!', '*', '|', '&'].includes(token.text);
	}

	/** `{ a: A; b?(x: X): B; [key: string]: C; readonly d: D }` or a mapped type `{ [K in T]?: U }`. */
	private objectType(): void {
		this.pos++;
		while (!this.isPunct(this.tok(), '}')) {
			const first = this.current();
			if (this.isPunct(first, '[') && this.tok(1)?.kind === 'identifier' && this.isWord(this.tok(2), 'in')) {
				// A mapped type.
				this.skipGroup();
				if (this.isPunct(this.tok(), '+') || this.isPunct(this.tok(), '-')) this.pos++;
				if (this.isPunct(this.tok(), '?')) this.pos++;
				if (this.isPunct(this.tok(), ':')) {
					this.pos++;
					this.type();
				}
			} else {
				while ((this.isWord(this.tok(), 'readonly') || this.isWord(this.tok(), 'get') || this.isWord(this.tok(), 'set')) && this.startsPropertyName(this.tok(1))) {
					this.pos++;
				}
				const name = this.current();
				if (this.isWord(name, 'new') && (this.isPunct(this.tok(1), '(') || this.isPunct(this.tok(1), '<'))) this.pos++;
				else if (this.isPunct(name, '[')) this.skipGroup();
				else if (['identifier', 'string', 'number', 'bigint', 'private'].includes(name.kind)) this.pos++;
				else if (!this.isPunct(name, '(') && !this.isPunct(name, '<')) this.fail('Expected a property name in the object type.');
				if (this.isPunct(this.tok(), '?')) this.pos++;
				if (this.isPunct(this.tok(), '(') || this.isPunct(this.tok(), '<')) {
					if (this.isPunct(this.tok(), '<')) this.typeParameters();
					this.parameters();
				}
				if (this.isPunct(this.tok(), ':')) {
					this.pos++;
					this.type();
				}
			}
			const separator = this.tok();
			if (this.isPunct(separator, ',') || this.isPunct(separator, ';')) this.pos++;
			else if (!this.isPunct(separator, '}') && !separator?.newlineBefore) this.fail('Expected `;` or `,` in the object type.');
		}
		this.pos++;
	}

	/** `[A, b?: B, ...C[]]`. */
	private tupleType(): void {
		this.pos++;
		while (!this.isPunct(this.tok(), ']')) {
			if (this.isPunct(this.tok(), '...')) this.pos++;
			const named = this.tok()?.kind === 'identifier' && (this.isPunct(this.tok(1), ':') || (this.isPunct(this.tok(1), '?') && this.isPunct(this.tok(2), ':')));
			if (named) {
				this.pos++;
				if (this.isPunct(this.tok(), '?')) this.pos++;
				this.pos++;
			}
			this.listedType();
			if (this.isPunct(this.tok(), ',')) this.pos++;
			else if (!this.isPunct(this.tok(), ']')) this.fail('Expected `,` or `]` in a tuple type.');
		}
		this.pos++;
	}

	private qualifiedRest(): void {
		while (this.isPunct(this.tok(), '.') && this.tok(1)?.kind === 'identifier') this.pos += 2;
	}

	/** `(…) => T` from its `(`. */
	private functionTypeRest(): void {
		if (!this.isPunct(this.tok(), '(')) this.fail('Expected `(` and the parameters.');
		this.skipGroup();
		this.expect('=>', 'Expected `=>` in a function type.');
		this.type();
	}

	/** A type as an item of `<A, B>`, `[A, B]` or `T[K]`: there a reserved word cannot start one. */
	private listedType(): void {
		const token = this.tok();
		if (token?.kind === 'identifier' && !token.escaped && RESERVED.has(token.text) && !TYPE_KEYWORDS.has(token.text)) {
			this.fail(`Expected a type: \`${token.text}\` is a reserved word.`);
		}
		this.type();
	}

	/** `<A, B>` after a type's name. */
	private typeArguments(): void {
		this.pos++;
		for (;;) {
			this.listedType();
			if (!this.isPunct(this.tok(), ',')) break;
			this.pos++;
		}
		this.expect('>', 'Expected `>` after the type arguments.');
	}

	/** `<…>` of type parameters (or arguments, in look-aheads): skipped with its nesting. */
	private typeParameters(): void {
		const open = this.current();
		const openIndex = this.pos;
		this.pos++;
		let depth = 1;
		while (depth > 0) {
			const token = this.tok();
			if (!token) this.fail('Expected `>` to close `<`.', open);
			if (token!.kind === 'punctuator' && OPENERS[token!.text]) this.skipGroup();
			else {
				if (this.isPunct(token, '<')) depth++;
				else if (this.isPunct(token, '>')) depth--;
				else if (this.isPunct(token, ';') || this.isPunct(token, '}') || this.isPunct(token, ')') || this.isPunct(token, ']')) {
					this.fail('Expected `>` to close `<`.', open);
				}
				this.pos++;
			}
		}
		if (this.pos - 1 === openIndex + 1) this.fail('Expected a type inside `< >`.', open);
	}
}

/** Pairs every bracket with its partner; an unpaired or mismatched one is a syntax error. */
function matchBrackets(tokens: readonly Token[], text: string, end: number): Int32Array {
	const partner = new Int32Array(tokens.length).fill(-1);
	const open: number[] = [];
	const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
	tokens.forEach((token, index) => {
		if (token.kind !== 'punctuator') return;
		if (OPENERS[token.text]) open.push(index);
		else if (token.text === ')' || token.text === ']' || token.text === '}') {
			const opener = open.pop();
			if (opener === undefined) throw new SyntaxStop(`Unexpected \`${token.text}\`: nothing is open here.`, token.start, token.end);
			const expected = OPENERS[tokens[opener]!.text]!;
			if (expected !== token.text) {
				throw new SyntaxStop(
					`Expected \`${expected}\` to close the \`${tokens[opener]!.text}\` on line ${lineOf(tokens[opener]!.start)}, found \`${token.text}\`.`,
					token.start,
					token.end
				);
			}
			partner[opener] = index;
			partner[index] = opener;
		}
	});
	const unclosed = open.pop();
	if (unclosed !== undefined) {
		const token = tokens[unclosed]!;
		throw new SyntaxStop(
			`Unexpected end of text: \`${OPENERS[token.text]}\` is missing (the \`${token.text}\` on line ${lineOf(token.start)} is never closed).`,
			end,
			end
		);
	}
	return partner;
}
