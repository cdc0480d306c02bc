// The literal reader against TypeScript's own parser (a devDependency, used here only, never in
// the browser): whatever TypeScript parses as a literal value reads to the same value, and what
// TypeScript rejects is a syntax error here too. Valid code that is not a literal is never a
// syntax error here.
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { sdkCallSnippet } from '../lib/sdkCallSnippet';
import { getOperation } from '../schemas/operations';
import { models } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { sdkConstants } from './sdkConstants';
import { typeScriptReadOptions } from './typeScriptReadOptions';
import { readSeedDoc } from '../../scripts/seedDocs.mjs';

const constants = sdkConstants(models);
const options = { modelName: 'CreateOrUpdateAuthSessionStart', constants };

type Oracle = { syntaxError: string; at: number } | { literal: true; value: unknown } | { literal: false };

/** What TypeScript says of `let value = …;`: its syntax errors, else the value when it is a literal. */
function typescriptReads(text: string): Oracle {
	const file = ts.createSourceFile('value.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	// The parser's own diagnostics (what `tsc` reports as syntax errors); not in the public typings.
	const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
	expect(Array.isArray(diagnostics)).toBe(true);
	if (diagnostics.length > 0) {
		return { syntaxError: ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, ' '), at: diagnostics[0]!.start ?? 0 };
	}
	const statement = file.statements[0];
	const initializer =
		statement && ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]?.initializer : undefined;
	if (!initializer) return { literal: false };
	try {
		return { literal: true, value: literalValue(initializer) };
	} catch (error) {
		if (error instanceof NotLiteral) return { literal: false };
		throw error;
	}
}

class NotLiteral extends Error {}

/** The value of a literal expression, from TypeScript's tree; anything else is `NotLiteral`. */
function literalValue(node: ts.Expression): unknown {
	if (
		ts.isParenthesizedExpression(node) ||
		ts.isAsExpression(node) ||
		ts.isSatisfiesExpression(node) ||
		ts.isTypeAssertionExpression(node) ||
		ts.isNonNullExpression(node)
	) {
		return literalValue(node.expression);
	}
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (ts.isNumericLiteral(node)) return Number(node.text);
	if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
	if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
	if (node.kind === ts.SyntaxKind.NullKeyword) return null;
	if (ts.isIdentifier(node)) {
		if (node.text === 'undefined') return undefined;
		if (node.text === 'NaN') return NaN;
		if (node.text === 'Infinity') return Infinity;
		throw new NotLiteral();
	}
	if (ts.isPrefixUnaryExpression(node) && (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)) {
		// A sign on a number, maybe inside parentheses or assertions: `-1`, `-(1)`, `-<X>1`.
		let operand: ts.Expression = node.operand;
		while (
			ts.isParenthesizedExpression(operand) ||
			ts.isAsExpression(operand) ||
			ts.isSatisfiesExpression(operand) ||
			ts.isTypeAssertionExpression(operand) ||
			ts.isNonNullExpression(operand)
		) {
			operand = operand.expression;
		}
		const numeric = ts.isNumericLiteral(operand) || (ts.isIdentifier(operand) && (operand.text === 'Infinity' || operand.text === 'NaN'));
		if (!numeric) throw new NotLiteral();
		const value = literalValue(operand) as number;
		return node.operator === ts.SyntaxKind.MinusToken ? -value : value;
	}
	if (ts.isPropertyAccessExpression(node)) {
		// `Enum.Member` or `ns.Enum.Member` naming an SDK constant.
		const names: string[] = [];
		let at: ts.Expression = node;
		while (ts.isPropertyAccessExpression(at) && ts.isIdentifier(at.name) && !at.questionDotToken) {
			names.unshift(at.name.text);
			at = at.expression;
		}
		if (!ts.isIdentifier(at)) throw new NotLiteral();
		names.unshift(at.text);
		const [name, key] = names.slice(-2);
		if ((names.length === 2 || names.length === 3) && Object.hasOwn(constants, name!) && Object.hasOwn(constants[name!]!, key!)) {
			return constants[name!]![key!];
		}
		throw new NotLiteral();
	}
	if (ts.isArrayLiteralExpression(node)) {
		return node.elements.map((element) => {
			if (ts.isOmittedExpression(element)) return undefined;
			if (ts.isSpreadElement(element)) throw new NotLiteral();
			return literalValue(element);
		});
	}
	if (ts.isObjectLiteralExpression(node)) {
		const value: Record<string, unknown> = {};
		for (const property of node.properties) {
			// `{ a?: 1 }`, `{ a!: 1 }`, `{ async a: 1 }` parse as property assignments with these marks
			// (TypeScript rejects them after parsing): not literals. The marks are not in the public typings.
			const marks = property as unknown as { questionToken?: unknown; exclamationToken?: unknown; modifiers?: unknown[] };
			if (!ts.isPropertyAssignment(property) || marks.questionToken || marks.exclamationToken || marks.modifiers?.length) throw new NotLiteral();
			const { name } = property;
			let key: string;
			if (ts.isIdentifier(name) || ts.isStringLiteral(name)) key = name.text;
			else if (ts.isNumericLiteral(name)) key = String(Number(name.text));
			else throw new NotLiteral();
			Object.defineProperty(value, key, { value: literalValue(property.initializer), writable: true, enumerable: true, configurable: true });
		}
		return value;
	}
	throw new NotLiteral();
}

/** Checks the reader against TypeScript on one text. */
function agree(text: string): void {
	const expected = typescriptReads(text);
	const read = readTypeScript(text, options);
	const context = `${JSON.stringify(text)}\nTypeScript: ${JSON.stringify(expected)}\nreader: ${JSON.stringify(read)}`;
	if ('syntaxError' in expected) {
		// Code around the value (after the statement that holds it, here) is not checked, by design:
		// a syntax error there may go unreported, and the editor marks that code as not checked.
		const inCodeAround = 'value' in read && read.uncheckedRanges?.some((range) => range.start <= expected.at && expected.at <= range.end);
		expect(('errors' in read && read.errors.some((error) => error.code === 'syntax')) || inCodeAround, context).toBe(true);
		return;
	}
	const syntax = 'errors' in read ? read.errors.filter((error) => error.code === 'syntax') : [];
	expect(syntax, context).toEqual([]);
	if (expected.literal) {
		expect('value' in read, context).toBe(true);
		if (!('value' in read)) return;
		expect(read.notChecked ?? [], context).toEqual([]);
		expect(read.value, context).toEqual(expected.value);
	}
}

const trivia = fc.constantFrom('', ' ', '  ', '\n', '\n  ', '\t', ' /* c */ ', ' // c\n', '/**/');
const identifierKey = fc.constantFrom('a', 'status', 'operationId', 'é', 'ü2', '中文', '$x', '_', 'get', 'set', 'async', 'if', 'true', 'null', 'new', '__proto__', 'A1', '\\u0061');
const stringChar = fc.constantFrom('a', 'B', ' ', '1', 'é', '😀', '"', "'", '`', '\\', '\n', '$', '{', '}', '/', '*', '\u2028');

/** A string literal of `value`, in a random quote, with random escapes. */
const stringLiteral = fc
	.tuple(fc.array(stringChar, { maxLength: 8 }), fc.constantFrom('"', "'", '`'), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
	.map(([chars, quote, escapeFlags]) => {
		let text = quote;
		chars.forEach((char, index) => {
			const next = chars[index + 1];
			if (char === quote || char === '\\') text += `\\${char}`;
			else if (char === '\n') text += quote === '`' && !escapeFlags[index] ? '\n' : '\\n';
			else if (char === '$' && quote === '`' && next === '{') text += '\\$';
			else if (escapeFlags[index] && char.length === 1) text += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
			else if (escapeFlags[index]) text += `\\u{${char.codePointAt(0)!.toString(16)}}`;
			else text += char;
		});
		return text + quote;
	});

const numberLiteral = fc.oneof(
	fc.nat({ max: 1_000_000 }).map(String),
	fc.constantFrom('0', '1_000', '0x1F', '0X1f', '0o17', '0b101', '.5', '5.', '1.e5', '1E-3', '1.5e+2', '0.0', '0e1', '123_456.7_8', '1e21', '9007199254740993', '0.1', '5e-324'),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }).map(String)
);

const atom = fc.oneof(
	{ weight: 4, arbitrary: stringLiteral },
	{ weight: 3, arbitrary: fc.tuple(fc.constantFrom('', '', '-', '+', '- '), numberLiteral).map(([sign, number]) => sign + number) },
	{ weight: 2, arbitrary: fc.constantFrom('true', 'false', 'null', 'undefined', 'NaN', 'Infinity', '-Infinity') },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'CreateOrUpdateAuthSessionStartStatus.Started',
			'components.CreateOrUpdateAuthSessionStartStatus.Started',
			'AuthSessionCreateDoneResultStatus.Done'
		),
	}
);

/** Ways to write a value around it that keep it a literal. */
const wrapped = (inner: fc.Arbitrary<string>) =>
	fc.tuple(inner, fc.constantFrom('', '', '', '()', 'as const', '<X>', '!', 'satisfies X', 'as unknown as Y', '<const>')).map(([text, wrap]) => {
		if (wrap === '()') return `(${text})`;
		if (wrap === '<X>' || wrap === '<const>') return `${wrap}${text}`;
		if (wrap === '!') return `${text}!`;
		return wrap ? `${text} ${wrap}` : text;
	});

const { value: literal } = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
	value: wrapped(fc.oneof({ depthSize: 'small', withCrossShrink: true }, atom, tie('object'), tie('array'))),
	object: fc
		.tuple(
			fc.array(
				fc.tuple(
					fc.oneof(identifierKey, stringLiteral.filter((key) => !key.startsWith('`')), numberLiteral),
					tie('value'),
					trivia,
					trivia
				),
				{ maxLength: 4 }
			),
			fc.boolean(),
			trivia
		)
		.map(([entries, trailingComma, space]) => {
			const body = entries.map(([key, value, before, after]) => `${before}${key}:${after}${value}`).join(',');
			return `{${space}${body}${trailingComma && entries.length > 0 ? ',' : ''}}`;
		}),
	array: fc
		.tuple(fc.array(fc.tuple(fc.oneof({ weight: 6, arbitrary: tie('value') }, { weight: 1, arbitrary: fc.constant('') }), trivia), { maxLength: 4 }), fc.boolean())
		.map(([items, trailingComma]) => `[${items.map(([item, space]) => `${space}${item}`).join(',')}${trailingComma && items.length > 0 ? ',' : ''}]`),
}));

const statement = (expression: string) => `let value = ${expression};\n`;
/** Runs of the generated-literal property (the edit property runs three times as many). */
const RUNS = Number(process.env.AGREEMENT_RUNS ?? 1500);

describe('readTypeScript agrees with the TypeScript parser', () => {
	test.each([
		['`01` is rejected (an octal-like literal)', '01'],
		['`08` is rejected (a decimal with a leading zero)', '08'],
		['`1.e5` is 100000', '1.e5'],
		['a Unicode identifier key', '{ é: 1 }'],
		['a parenthesized object', '({ a: 1 })'],
		['a parenthesized property value', '{ a: (1) }'],
		['a type assertion', '<X>{ a: 1 }'],
		['a non-null assertion', '{ a: 1 }!'],
		['a getter is valid code, not a literal', '{ get a() { return 1; } }'],
		['a method is valid code, not a literal', '{ a() {} }'],
		['`-1 ** 2` is rejected', '-1 ** 2'],
		['a hole is `undefined`', '[1, , 2]'],
		['numeric keys', '{ 1: 1, 0x10: 2, 1e3: 3, 1.50: 4, .5: 5 }'],
		['escapes in keys and strings', '{ \\u0061: "\\x41\\u{1F600}", "b\\n": 1 }'],
		['an octal escape is rejected', '"\\1"'],
		['`\\8` is rejected', '"\\8"'],
		['a numeric separator at the end is rejected', '1_'],
		['a bigint with a fraction is rejected', '1.5n'],
		['an SDK constant', '{ status: CreateOrUpdateAuthSessionStartStatus.Started }'],
		['a string key without a value is rejected', '{ "a" }'],
		['`this` is no shorthand property', '{ this }'],
		['a shorthand property is valid code', '{ a }'],
		['a shorthand property written with an escape is valid code', '{ \\u0061, b }'],
		['a reserved word written with an escape is no shorthand property', '{ \\u0069f }'],
		['optional and definite markers are valid syntax', '{ a?: 1, b!: 2 }'],
		['a private name key is valid syntax', '{ #a: 1 }'],
		['`=` in an object literal is valid syntax', '{ a = 1 }'],
		['a template with a substitution', '`a${b}c`'],
		['an unterminated substitution is rejected', '`a${b`'],
		['a call across a line break', '{ a: 1 }\n(foo)'],
		['arrow functions, calls, members', '{ a: (x) => x + 1, b: f(1)[2].c, d: async (y: number): Promise<void> => { await y; } }'],
		['`>>>=` and `>=`', '{ a: b >>>= 1, c: d >= 2 }'],
		['a conditional', '{ a: b ? (c) : d }'],
		['`new` with members', '{ a: new X.Y<Z>(1).w }'],
		['an empty `()` is rejected', '()'],
		['two values on one line are rejected', '1 2'],
	])('%s', (_label, expression) => agree(statement(expression)));

	const docs = readSeedDoc('operations-project.authSessions.create.md');
	const programs = [
		...[...docs.matchAll(/```typescript\n([\s\S]*?)```/g)].map((match) => match[1]!),
		sdkCallSnippet(getOperation('start'), { id: 'x' }),
		'const { value: result } = res;\nfor (const [k, v] of Object.entries(result ?? {})) if (k) console.log(`${k}=${v}`);\nlabel: while (true) { break label; }',
		'export default { status: "started", operationId: "x" } satisfies CreateOrUpdateAuthSessionStart;',
		'type T = { a?: string }; interface I { b: number } enum E { A = 1 }\nlet value: T = { a: /re/g.source };',
	];

	test.each(programs.map((program, index) => [index, program]))('valid program %i: no syntax error here either', (_index, program) => {
		const file = ts.createSourceFile('program.ts', program, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
		expect((file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics).toEqual([]);
		for (const modelName of ['CreateAuthSessionRequest', 'AuthSessionCreateResume', 'CreateOrUpdateAuthSessionStart']) {
			const read = readTypeScript(program, typeScriptReadOptions(modelName));
			expect('errors' in read ? read.errors.filter((error) => error.code === 'syntax') : [], program).toEqual([]);
		}
	});

	test('property: generated literals read to the value TypeScript parses', () => {
		fc.assert(
			fc.property(literal, (expression) => {
				const text = statement(expression);
				const expected = typescriptReads(text);
				expect(expected, text).toMatchObject({ literal: true });
				agree(text);
			}),
			{ numRuns: RUNS }
		);
	}, 120_000);

	const mutation = fc.tuple(
		literal,
		fc.constantFrom('delete', 'insert', 'replace', 'duplicate'),
		fc.nat(),
		fc.nat({ max: 6 }),
		fc.constantFrom(...'{}[](),:;.\'"`-+*/<>=!?_$0159aenx é\n\\#@'.split(''))
	);

	test('property: after any one edit, a syntax error here exactly when TypeScript sees one (and the same value when it is a literal)', () => {
		fc.assert(
			fc.property(mutation, ([expression, kind, at, length, char]) => {
				const position = expression.length === 0 ? 0 : at % expression.length;
				const edited =
					kind === 'delete'
						? expression.slice(0, position) + expression.slice(position + 1)
						: kind === 'insert'
							? expression.slice(0, position) + char + expression.slice(position)
							: kind === 'replace'
								? expression.slice(0, position) + char + expression.slice(position + 1)
								: expression.slice(0, position) + expression.slice(position, position + length) + expression.slice(position);
				agree(statement(edited));
			}),
			{ numRuns: RUNS * 3 }
		);
	}, 120_000);
});
