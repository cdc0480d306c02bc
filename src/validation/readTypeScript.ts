import type { JsonNode, Span } from './sourceTree';
import { ExpressionReader, SyntaxStop, type SdkConstants } from './typeScriptExpressions';
import { TokenError, typeScriptTokens, type Token } from './typeScriptTokens';
import type { ParsedSource, ReadResult } from './sourceTree';

export type { SdkConstants } from './typeScriptExpressions';

/** A call whose argument is a value of the model, e.g. `project.authSessions.create.start`, argument 1. */
export interface ModelCall {
	/** The called name or dotted path, matched at the end of what the code calls (`intunedClient.…`). */
	callee: string;
	/** 0-based index of the argument that is the value. */
	argument: number;
}

export interface ReadTypeScriptOptions {
	/** The documented type's name: the value annotated with it is the one checked. */
	modelName: string;
	/** Deeper literals are refused: this reader recurses, and pasted values are never this deep. */
	maxDepth?: number;
	/** The SDK's enum constants: `Status.Started` (or `components.Status.Started`) reads as its value. */
	constants?: SdkConstants;
	/** Calls that take a value of the model, e.g. the SDK method of an operation whose body it is. */
	calls?: readonly ModelCall[];
}

/** What TypeScript mode reads: a value with spans, plus where it is in the text. */
export type TypeScriptRead =
	| (ParsedSource & {
			/** The literal itself (without `as …`, `satisfies …`, parentheses). */
			valueSpan: Span;
			/** True when the text holds nothing but imports and the one statement with the value. */
			onlyValue: boolean;
	  })
	| Extract<ReadResult, { errors: unknown }>;

/** Where the checked value is: its first token, and the statement around it that is not "code around". */
interface Found {
	index: number;
	/** Token range of the declaration holding the value, when it is one. */
	declaration?: { start: number; annotation?: { start: number; end: number } };
	/** For a call argument: the token just past the argument. */
	argumentEnd?: number;
	/** A bare value: nothing may follow it. */
	bare?: boolean;
}

interface Declaration {
	/** Index of `let`/`const`/`var` (or `export` before it). */
	start: number;
	name: string;
	/** Index of the first token of the initializer. */
	init: number;
	annotation?: { start: number; end: number; text: string };
}

/**
 * Reads the value of a TypeScript snippet as a literal, never running it. The value is the one
 * whose type is the model: `let value: Model = …`, `… satisfies Model`, or the argument of a call
 * in `calls` (the SDK method of an operation whose body the model is, or its standalone
 * function), wherever it stands, so code pasted around it (imports, `async function run()`,
 * `console.log`) is fine. Without such a value, it is the snippet's first declaration (or the
 * bare literal). The code around is returned as `uncheckedRanges`; parts of the value that are
 * computed (a call, a variable, a template with `${}`) as `notChecked`.
 */
export function readTypeScript(text: string, options: ReadTypeScriptOptions): TypeScriptRead {
	let reader: ExpressionReader | undefined;
	try {
		const tokens = typeScriptTokens(text);
		reader = new ExpressionReader(tokens, text, { constants: options.constants, maxDepth: options.maxDepth });
		return readValue(reader, text, options);
	} catch (error) {
		if (!(error instanceof SyntaxStop) && !(error instanceof TokenError)) throw error;
		return {
			errors: [{ start: error.start, end: Math.max(error.start, error.end), code: 'syntax', message: error.message }],
			maxDepth: reader?.maxDepthSeen ?? 0,
		};
	}
}

function readValue(reader: ExpressionReader, text: string, options: ReadTypeScriptOptions): TypeScriptRead {
	const { tokens } = reader;
	const importsEnd = skipImports(reader);
	const declarations = findDeclarations(reader);
	const found = findTyped(reader, declarations, options) ?? findFallback(reader, declarations, importsEnd, options);
	if ('error' in found) {
		return { errors: [{ start: 0, end: 0, code: 'other', message: found.error }], maxDepth: 0 };
	}

	reader.pos = found.index;
	const expression = reader.assignment([], true);
	if (expression.kind === 'computed') reader.unreadExpression(expression, []);
	const notChecked = [...reader.parts];
	const warnings: NonNullable<ParsedSource['extraProblems']> = [];
	const annotation = found.declaration?.annotation;
	if (annotation) {
		const written = typeText(tokens, annotation.start, annotation.end);
		if (!namesModel(written, options.modelName)) {
			warnings.push({
				start: tokens[annotation.start]!.start,
				end: tokens[annotation.end - 1]!.end,
				code: 'other',
				message: `The type annotation is \`${written}\`, but this playground checks the value as \`${options.modelName}\`.`,
			});
		}
	}
	for (const reference of reader.typeReferences) {
		if (namesModel(reference.text, options.modelName)) continue;
		warnings.push({
			start: reference.start,
			end: reference.end,
			code: 'other',
			message: `The \`${reference.keyword}\` type is \`${reference.text}\`, but this playground checks the value as \`${options.modelName}\`.`,
		});
	}

	// What may follow the value.
	let checkedEnd = reader.pos;
	if (found.argumentEnd !== undefined) {
		if (reader.pos !== found.argumentEnd) reader.fail('Expected `,` or `)` after the argument.');
	} else if (found.bare) {
		if (reader.isPunct(reader.tok(), ';')) reader.pos++;
		if (reader.tok()) reader.fail('Only one value can be checked: write a single `let value: X = { … };`.');
		checkedEnd = reader.pos;
	} else if (found.declaration) {
		// `let value = …, other = …;`: the other declarations are read for syntax only.
		while (reader.isPunct(reader.tok(), ',')) {
			reader.pos++;
			// A trailing comma: TypeScript parses it (and rejects it later).
			if (!reader.tok() || reader.isPunct(reader.tok(), ';')) break;
			declarator(reader);
		}
		const end = reader.tok();
		if (reader.isPunct(end, ';')) reader.pos++;
		else if (end && !end.newlineBefore && !reader.isPunct(end, '}')) reader.fail('Expected `;` after the value.');
		checkedEnd = reader.pos;
	}

	const checkedStart = found.declaration?.start ?? found.index;
	const checked = { start: tokens[checkedStart]!.start, end: tokens[checkedEnd - 1]!.end };
	const onlyValue = checkedStart === importsEnd && checkedEnd === tokens.length;
	const root: JsonNode = expression.kind === 'literal' ? expression.node : { kind: 'null', start: expression.start, end: expression.end };
	return {
		root,
		value: expression.kind === 'literal' ? expression.value : undefined,
		maxDepth: reader.maxDepthSeen,
		...(warnings.length > 0 && { extraProblems: warnings }),
		...(notChecked.length > 0 && { notChecked }),
		uncheckedRanges: outside(text, checked),
		valueSpan: { start: root.start, end: root.end },
		onlyValue,
	};
}

/** One more declarator after a `,`: a name or a pattern, maybe a type, maybe `= value`. */
function declarator(reader: ExpressionReader): void {
	const pattern = reader.isPunct(reader.tok(), '{') || reader.isPunct(reader.tok(), '[');
	reader.bindingTarget();
	if (pattern && !reader.isPunct(reader.tok(), '=')) reader.fail('Expected `=` after a destructuring pattern.');
	// `let x!: T;`, a definite assignment assertion.
	if (reader.isPunct(reader.tok(), '!')) reader.pos++;
	if (reader.isPunct(reader.tok(), ':')) {
		reader.pos++;
		reader.type();
	}
	if (reader.isPunct(reader.tok(), '=')) {
		reader.pos++;
		reader.assignment([]);
	}
}

/** Index of the first token after the leading `import` statements. */
function skipImports(reader: ExpressionReader): number {
	const { tokens } = reader;
	let index = 0;
	while (reader.isWord(tokens[index], 'import') && !reader.isPunct(tokens[index + 1], '(') && !reader.isPunct(tokens[index + 1], '.')) {
		const start = tokens[index]!;
		index++;
		for (;;) {
			const token = tokens[index];
			if (!token) throw new SyntaxStop('Unfinished import: expected `from "…"`.', start.start, start.end);
			if (token.kind === 'punctuator' && '([{'.includes(token.text)) index = reader.partner[index]! + 1;
			else {
				index++;
				if (token.kind === 'string') break;
			}
		}
		if ((reader.isWord(tokens[index], 'with') || reader.isWord(tokens[index], 'assert')) && reader.isPunct(tokens[index + 1], '{')) {
			index = reader.partner[index + 1]! + 1;
		}
		if (reader.isPunct(tokens[index], ';')) index++;
	}
	return index;
}

/** Every `let`/`const`/`var NAME (: T)? =` in the text, in order. */
function findDeclarations(reader: ExpressionReader): Declaration[] {
	const { tokens } = reader;
	const declarations: Declaration[] = [];
	tokens.forEach((token, index) => {
		if (!(reader.isWord(token, 'let') || reader.isWord(token, 'const') || reader.isWord(token, 'var'))) return;
		if (reader.isPunct(tokens[index - 1], '.') || reader.isPunct(tokens[index - 1], '?.')) return;
		const name = tokens[index + 1];
		if (name?.kind !== 'identifier') return;
		let at = index + 2;
		let annotation: Declaration['annotation'];
		if (reader.isPunct(tokens[at], ':')) {
			const end = typeEnd(reader, at + 1);
			if (end === undefined) return;
			annotation = { start: at + 1, end, text: typeText(tokens, at + 1, end) };
			at = end;
		}
		if (!reader.isPunct(tokens[at], '=') || !tokens[at + 1]) return;
		const start = reader.isWord(tokens[index - 1], 'export') ? index - 1 : index;
		declarations.push({ start, name: name.text, init: at + 1, ...(annotation && { annotation }) });
	});
	return declarations;
}

/** The value whose type is the model: annotated with it, `satisfies`/`as` it, or passed to one of `calls`. */
function findTyped(reader: ExpressionReader, declarations: Declaration[], options: ReadTypeScriptOptions): Found | undefined {
	const { tokens } = reader;
	const candidates: Found[] = [];
	const fromDeclaration = (declaration: Declaration): Found => ({
		index: declaration.init,
		declaration: { start: declaration.start, ...(declaration.annotation && { annotation: declaration.annotation }) },
	});
	for (const declaration of declarations) {
		if (declaration.annotation && namesModel(declaration.annotation.text, options.modelName)) candidates.push(fromDeclaration(declaration));
	}
	tokens.forEach((token, index) => {
		if ((reader.isWord(token, 'satisfies') || reader.isWord(token, 'as')) && !token.newlineBefore && index > 0) {
			const end = typeEnd(reader, index + 1);
			if (end === undefined || !namesModel(typeText(tokens, index + 1, end), options.modelName)) return;
			const start = expressionStartBefore(reader, index);
			if (start === undefined) return;
			const declaration = declarations.find((candidate) => candidate.init === start);
			candidates.push(declaration ? fromDeclaration(declaration) : { index: start });
		}
		if (reader.isPunct(token, '(')) {
			for (const call of options.calls ?? []) {
				if (!calls(reader, index, call.callee)) continue;
				const argument = callArguments(reader, index)[call.argument];
				if (!argument || reader.isPunct(tokens[argument.start], '...')) continue;
				const only = argument.end === argument.start + 1 ? tokens[argument.start]! : undefined;
				// A variable passed to the call: its declaration holds the value.
				const declared = only?.kind === 'identifier' ? declarations.find((candidate) => candidate.name === only.text) : undefined;
				candidates.push(declared ? fromDeclaration(declared) : { index: argument.start, argumentEnd: argument.end });
			}
		}
	});
	return candidates.sort((a, b) => tokens[a.index]!.start - tokens[b.index]!.start)[0];
}

/** No typed value: today's forms, the bare literal or the first declaration (one with a literal, if any). */
function findFallback(
	reader: ExpressionReader,
	declarations: Declaration[],
	importsEnd: number,
	options: ReadTypeScriptOptions
): Found | { error: string } {
	const { tokens } = reader;
	let index = importsEnd;
	if (reader.isWord(tokens[index], 'export') && reader.isWord(tokens[index + 1], 'default')) return { index: index + 2, bare: true };
	if (reader.isWord(tokens[index], 'export')) index++;
	const first = tokens[index];
	if (!first) {
		const empty = `The text is empty: paste the Example Usage, e.g. \`let value: ${options.modelName} = { … };\`.`;
		throw new SyntaxStop(empty, 0, 0);
	}
	const startsLiteral = (at: number) => {
		const token = tokens[at];
		if (!token) return false;
		if (token.kind === 'punctuator') return ['{', '[', '(', '<'].includes(token.text) || (['-', '+'].includes(token.text) && tokens[at + 1]?.kind === 'number');
		if (token.kind === 'identifier') return ['true', 'false', 'null'].includes(token.text) || (reader.isPunct(tokens[at + 1], '.') && Object.hasOwn(options.constants ?? {}, token.text));
		return token.kind !== 'regex' && token.kind !== 'private';
	};
	const isDeclaration = reader.isWord(first, 'let') || reader.isWord(first, 'const') || reader.isWord(first, 'var');
	if (!isDeclaration && startsLiteral(index)) return { index, bare: true };
	if (isDeclaration && !declarations.some((declaration) => declaration.start === index || declaration.start === index - 1)) {
		// The first statement is a declaration without a value: say so if it cannot be valid code.
		const name = tokens[index + 1];
		if (name?.kind === 'identifier') {
			let at = index + 2;
			if (reader.isPunct(tokens[at], ':')) at = typeEnd(reader, at + 1) ?? at + 1;
			const after = tokens[at];
			if (after && !after.newlineBefore && !reader.isPunct(after, ';') && !reader.isPunct(after, ',')) {
				reader.fail('Expected `=` and a value.', after);
			}
		} else if (!reader.isPunct(name, '{') && !reader.isPunct(name, '[')) {
			reader.fail(`Expected a variable name after \`${first.text}\`.`, name);
		}
	}
	// The first declaration whose value starts as a literal; else the first one (then its value is
	// computed, and says so).
	const chosen = declarations.find((declaration) => startsLiteral(declaration.init)) ?? declarations[0];
	if (!chosen) {
		const call = options.calls?.[0];
		return {
			error:
				`No value to check: write \`let value: ${options.modelName} = { … };\`` +
				(call ? ` or pass the value to \`${call.callee}(…)\`.` : '.'),
		};
	}
	return {
		index: chosen.init,
		declaration: { start: chosen.start, ...(chosen.annotation && { annotation: chosen.annotation }) },
	};
}

/** Whether the tokens before the `(` at `open` call `callee` (as the end of a dotted path). */
function calls(reader: ExpressionReader, open: number, callee: string): boolean {
	const { tokens } = reader;
	const segments = callee.split('.');
	let index = open - 1;
	for (let segment = segments.length - 1; segment >= 0; segment--) {
		if (tokens[index]?.kind !== 'identifier' || tokens[index]!.text !== segments[segment]) return false;
		if (segment > 0) {
			if (!reader.isPunct(tokens[index - 1], '.') && !reader.isPunct(tokens[index - 1], '?.')) return false;
			index -= 2;
		}
	}
	// `function projectAuthSessionsCreateStart(…)` declares it; it does not call it.
	return !reader.isWord(tokens[index - 1], 'function');
}

/** The arguments of the call whose `(` is at `open`, as token ranges. */
function callArguments(reader: ExpressionReader, open: number): { start: number; end: number }[] {
	const { tokens } = reader;
	const close = reader.partner[open]!;
	const result: { start: number; end: number }[] = [];
	let start = open + 1;
	for (let index = open + 1; index < close; ) {
		const token = tokens[index]!;
		if (token.kind === 'punctuator' && '([{'.includes(token.text)) index = reader.partner[index]! + 1;
		else if (reader.isPunct(token, ',')) {
			result.push({ start, end: index });
			start = ++index;
		} else index++;
	}
	if (start < close) result.push({ start, end: close });
	return result;
}

/** Where the expression ending just before `satisfies`/`as` at `keyword` starts, if it is a literal's. */
function expressionStartBefore(reader: ExpressionReader, keyword: number): number | undefined {
	const { tokens } = reader;
	let index = keyword - 1;
	if (reader.isWord(tokens[index], 'const') && reader.isWord(tokens[index - 1], 'as')) index -= 2;
	while (reader.isPunct(tokens[index], '!')) index--;
	const last = tokens[index];
	if (!last) return undefined;
	if (last.kind === 'punctuator' && (last.text === '}' || last.text === ']' || last.text === ')')) index = reader.partner[index]!;
	else if (!['string', 'number', 'template'].includes(last.kind)) return undefined;
	// A call or an index (`f(…) satisfies X`) is not a literal: leave it to the other forms.
	const before = tokens[index - 1];
	if (before && (before.kind !== 'punctuator' || [')', ']'].includes(before.text)) && !isKeywordBeforeExpression(before)) return undefined;
	return index;
}

function isKeywordBeforeExpression(token: Token): boolean {
	return token.kind === 'identifier' && ['return', 'default', 'yield', 'await', 'typeof', 'void'].includes(token.text);
}

/** The index just past the type starting at `start`, or undefined when no type is there. */
function typeEnd(reader: ExpressionReader, start: number): number | undefined {
	return reader.attempt(() => {
		reader.pos = start;
		reader.type();
		return reader.pos;
	});
}

function typeText(tokens: readonly Token[], start: number, end: number): string {
	return tokens
		.slice(start, end)
		.map((token) => token.text)
		.join('');
}

/** `Model` or `components.Model`. */
function namesModel(written: string, modelName: string): boolean {
	return written === modelName || written.endsWith(`.${modelName}`);
}

/** The text before and after `checked`, each without its surrounding whitespace; empty parts left out. */
function outside(text: string, checked: Span): Span[] {
	const ranges: Span[] = [];
	const add = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		if (end > start) ranges.push({ start, end });
	};
	add(0, checked.start);
	add(checked.end, text.length);
	return ranges;
}
