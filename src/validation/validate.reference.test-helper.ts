// The engine as it was before the speed-ups (3a8f18f, with the missing-key fix's cursor added since): the oracle of validate.differential.test.ts.
// Not used by the site. Delete it together with that test once the new engine has settled.
import * as z from 'zod/v3';
import { didYouMean } from './didYouMean';
import { parseJson } from './parseJson';
import type { Fix, JsonNode, PropertyNode, ReadResult, Span } from './sourceTree';
import { pathText, type JsonPath } from './pathText';
import { jsonSyntaxFix } from './jsonSyntaxFix';
import { MAX_LISTED_WARNINGS, MAX_TEXT_LENGTH } from './limits';
import { chooseUnionMember } from './unionMember';
import { unwrapSchema } from './unwrapSchema';
import { sourcePositions } from './sourcePositions';
import type { Problem, SchemaSource, Severity, SourceRange, ValidateOptions, Verdict } from './validate';

const DEFAULT_MAX_LENGTH = MAX_TEXT_LENGTH;

/**
 * Checks JSON text against a model exactly as the SDK would: the verdict is the model's own Zod
 * `safeParse` (its inbound schema: JSON as it is on the wire), and each problem carries the source
 * range of the value it is about.
 */
export function referenceValidate(text: string, model: SchemaSource, options: ValidateOptions = {}): Verdict {
	return referenceValidateSource(text, model, options, (source) => {
		const parsed = parseJson(source);
		if (!parsed.ok) {
			const fix = jsonSyntaxFix(source, parsed.error);
			return { errors: [{ ...parsed.error, code: 'syntax', ...(fix && { fixes: [fix] }) }], maxDepth: parsed.maxDepth };
		}
		// The parser has proved the text is JSON; the value as JSON.parse builds it (the parser's own,
		// held to JSON.parse by parseJson.test.ts: V8's JSON.parse can misname a key written with an
		// escape, see hasEscapedKey.ts, which would make this oracle wrong, not the engine).
		return { root: parsed.root, value: parsed.value, maxDepth: parsed.maxDepth };
	});
}

/**
 * The shared back half of every input mode: `read` turns text into a value with spans (JSON here,
 * a TypeScript literal elsewhere), then this checks it and places each problem in the text.
 */
export function referenceValidateSource(
	text: string,
	{ schema }: SchemaSource,
	{ maxLength = DEFAULT_MAX_LENGTH, maxWarnings = MAX_LISTED_WARNINGS }: ValidateOptions,
	read: (text: string) => ReadResult
): Verdict {
	const positions = sourcePositions(text.length > maxLength ? '' : text);
	const range = (span: Span): SourceRange => {
		const start = positions(span.start);
		const end = positions(span.end);
		return {
			start: span.start,
			end: span.end,
			startLine: start.line,
			startColumn: start.column,
			endLine: end.line,
			endColumn: end.column,
		};
	};
	const problem: MakeProblem = (severity, code, path, message, span, fixes) => ({
		severity,
		code,
		path,
		pathText: pathText(path),
		message,
		range: range(span),
		...(fixes && fixes.length > 0 && { fixes }),
	});

	if (text.length > maxLength) {
		const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
		return verdict(
			[problem('error', 'too_large', [], `This text is ${size(text.length)}; the playground checks up to ${size(maxLength)}.`, { start: 0, end: 0 })],
			0
		);
	}

	try {
		const source = read(text);
		if ('errors' in source) {
			return verdict(source.errors.map((error) => problem('error', error.code, [], error.message, error, error.fixes)), source.maxDepth);
		}
		const context: Context = { text, schema, root: source.root, value: source.value, problem };
		const result = schema.safeParse(source.value);
		const warnings = new WarningSink(maxWarnings);
		const keys: KeyFindings = { errors: [], consumed: new Set() };
		unknownPropertyProblems(context, schema, source.root, source.value, [], warnings, keys);
		const notChecked = source.notChecked ?? [];
		// A schema problem at or under a part that was not read is about a stand-in, not the code.
		const checked = (found: Problem) =>
			!notChecked.some((part) => part.path.length <= found.path.length && part.path.every((segment, index) => segment === found.path[index]));
		const problems: Problem[] = keys.errors.filter(checked);
		if (!result.success) {
			for (const found of explainIssues(context, result.error.issues)) {
				// A missing key already reported as a misspelled or renamed one is not said twice.
				if (found.code === 'missing_property' && keys.consumed.has(pathKey(found.path))) continue;
				if (checked(found)) problems.push(found);
			}
		}
		for (const part of notChecked) problems.push(problem(part.code === 'not_checked' ? 'info' : 'error', part.code, part.path, part.message, part));
		for (const extra of source.extraProblems ?? []) problems.push(problem('warning', extra.code, [], extra.message, extra));
		duplicateKeyProblems(source.root, problem, range, warnings);
		problems.push(...warnings.problems.filter((found) => found.code === 'duplicate_key' || checked(found)));
		return {
			...verdict(problems, source.maxDepth, warnings.omitted),
			...(source.uncheckedRanges?.length && { uncheckedRanges: source.uncheckedRanges.map(range) }),
			...(source.valueSpan && { valueStart: source.valueSpan.start }),
			value: source.value,
			// With a part not read, the parse ran on stand-ins: there is no output to show.
			...(result.success && notChecked.length === 0 && { output: { value: result.data } }),
		};
	} catch (error) {
		// Nothing above should throw; if something does, the reader gets a message, never a dead page.
		const message = error instanceof Error ? error.message : String(error);
		return verdict([problem('error', 'other', [], `This text could not be checked: ${message}`, { start: 0, end: 0 })], 0);
	}
}

function verdict(problems: Problem[], maxDepth: number, omittedWarnings = 0): Verdict {
	// Errors first, then warnings, then parts not checked, each in text order: the list and the
	// status line agree on what matters.
	problems.sort((a, b) => severityRank(a) - severityRank(b) || a.range.start - b.range.start);
	const count = (severity: Severity) => problems.filter((problem) => problem.severity === severity).length;
	const errorCount = count('error');
	return {
		valid: errorCount === 0,
		problems,
		errorCount,
		warningCount: count('warning') + omittedWarnings,
		notCheckedCount: count('info'),
		omittedWarnings,
		maxDepth,
	};
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const severityRank = (problem: Problem) => SEVERITY_RANK[problem.severity];

type MakeProblem = (
	severity: Severity,
	code: Problem['code'],
	path: JsonPath,
	message: string,
	span: Span,
	fixes?: Fix[]
) => Problem;

/** Everything the explaining steps share for one check. */
interface Context {
	text: string;
	schema: z.ZodTypeAny;
	root: JsonNode;
	value: unknown;
	problem: MakeProblem;
}

const pathKey = (path: JsonPath) => JSON.stringify(path);

/** The node a path leads to, or the deepest node on the way. Duplicate keys: the last one, as JSON.parse keeps. */
function nodeAt(root: JsonNode, path: JsonPath): { node: JsonNode; found: boolean } {
	let node = root;
	for (const segment of path) {
		let next: JsonNode | undefined;
		if (node.kind === 'object') next = node.properties.findLast((property) => property.key === segment)?.value;
		else if (node.kind === 'array' && typeof segment === 'number') next = node.items[segment];
		if (!next) return { node, found: false };
		node = next;
	}
	return { node, found: true };
}

function valueAt(value: unknown, path: JsonPath): unknown {
	let current = value;
	for (const segment of path) {
		if (typeof current !== 'object' || current === null) return undefined;
		current = (current as Record<string | number, unknown>)[segment];
	}
	return current;
}

/**
 * The schema of the value at `path`, walking objects, arrays and records, and through each union
 * by the member `chooseUnionMember` picks for the value there (the same pick the problems use).
 */
function schemaAt(schema: z.ZodTypeAny, value: unknown, path: JsonPath): z.ZodTypeAny | undefined {
	let current: z.ZodTypeAny | undefined = schema;
	let here = value;
	for (const segment of path) {
		let inner: z.ZodTypeAny = unwrapSchema(current!).inner;
		while (inner instanceof z.ZodUnion) {
			const member = memberSchema(inner, here);
			if (!member) return undefined;
			inner = unwrapSchema(member).inner;
		}
		if (inner instanceof z.ZodObject) current = (inner.shape as z.ZodRawShape)[segment];
		else if (inner instanceof z.ZodArray) current = inner.element;
		else if (inner instanceof z.ZodRecord) current = inner.valueSchema;
		else return undefined;
		if (!current) return undefined;
		here = valueAt(here, [segment]);
	}
	return current;
}

/** The member a union value is, or was meant to be (a near-miss tag counts as meant). */
function memberSchema(union: z.ZodUnion<z.ZodUnionOptions>, value: unknown): z.ZodTypeAny | undefined {
	const choice = chooseUnionMember(union, value);
	if (choice.kind === 'member') return choice.schema;
	if (choice.kind === 'tag_mismatch') return choice.suggestion?.schema;
	return undefined;
}

/** The first line of a node: for a multi-line object, just its `{`, so a marker does not cover the whole value. */
function headSpan(node: JsonNode): Span {
	return node.kind === 'object' || node.kind === 'array' ? { start: node.start, end: node.start + 1 } : node;
}

const ARTICLES: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	integer: 'an integer',
	boolean: 'a boolean',
	object: 'an object',
	array: 'an array',
	null: 'null',
	undefined: 'nothing',
	bigint: 'a bigint',
	float: 'a number',
	nan: 'NaN',
	value: 'a value',
};

/** Zod 3 writes expected literals as `'started'`; readers of JSON expect `"started"`. */
function describeType(type: string): string {
	return ARTICLES[type] ?? type.replace(/'((?:[^'\\]|\\.)*)'/g, (_match, inner: string) => JSON.stringify(inner));
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function shownValue(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function receivedType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** The same string in the quote style of the text it replaces (and bare for a bare key that stays an identifier). */
function replacement(text: string, span: Span, value: string): string {
	const quote = text[span.start];
	if (quote === "'") return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	if (quote !== '"' && quote !== '`' && /^[A-Za-z_$][\w$]*$/.test(value)) return value;
	return JSON.stringify(value);
}

function replaceFix(context: Context, title: string, span: Span, value: string): Fix {
	return { title, edits: [{ start: span.start, end: span.end, text: replacement(context.text, span, value) }] };
}

/** A value of the expected type to start from: `""`, `0`, `false`, `{}`, `[]`, or the first allowed value. */
function placeholderFor(expected: string): string {
	const literal = /^'((?:[^'\\]|\\.)*)'/.exec(expected);
	if (literal) return JSON.stringify(literal[1]);
	return { string: '""', number: '0', integer: '0', boolean: 'false', object: '{}', array: '[]' }[expected] ?? 'null';
}

/**
 * Inserts a missing key at the start of its object, written like the keys already there (quoted,
 * or bare in TypeScript), on its own line when the object's keys are on lines of their own.
 */
function insertKeyFix(context: Context, object: Extract<JsonNode, { kind: 'object' }>, key: string, placeholder: string): Fix {
	const { text } = context;
	const first = object.properties[0];
	const bare = first !== undefined && text[first.keySpan.start] !== '"' && text[first.keySpan.start] !== "'" && /^[A-Za-z_$][\w$]*$/.test(key);
	const written = `${bare ? key : JSON.stringify(key)}: ${placeholder}`;
	const title = `Add ${JSON.stringify(key)}`;
	// The cursor lands on the placeholder (inside `""`), ready for the value.
	const select = (at: number) => {
		const start = at + written.length - placeholder.length + (placeholder === '""' ? 1 : 0);
		return { start, end: placeholder === '""' ? start : start + placeholder.length };
	};
	if (!first) {
		return { title, edits: [{ start: object.start + 1, end: object.end - 1, text: written }], select: select(object.start + 1) };
	}
	const lineStart = Math.max(text.lastIndexOf('\n', first.keySpan.start - 1), text.lastIndexOf('\r', first.keySpan.start - 1)) + 1;
	const ownLine = lineStart > object.start;
	const indent = ownLine ? text.slice(lineStart, first.keySpan.start) : '';
	const separator = ownLine && /^[ \t]*$/.test(indent) ? `\n${indent}` : ' ';
	return {
		title,
		edits: [{ start: first.keySpan.start, end: first.keySpan.start, text: `${written},${separator}` }],
		select: select(first.keySpan.start),
	};
}

/** Removes a property with its comma: up to the next key, or from the end of the one before. */
function removePropertyFix(object: Extract<JsonNode, { kind: 'object' }>, property: PropertyNode): Fix {
	const { properties } = object;
	const index = properties.indexOf(property);
	const next = properties[index + 1];
	const previous = properties[index - 1];
	const span = next
		? { start: property.keySpan.start, end: next.keySpan.start }
		: previous
			? { start: previous.value.end, end: property.value.end }
			: { start: property.keySpan.start, end: property.value.end };
	return { title: `Remove ${JSON.stringify(property.key)}`, edits: [{ ...span, text: '' }] };
}

/** Each Zod issue as a problem at its place; a failed union becomes the problems of the member meant. */
function explainIssues(context: Context, issues: readonly z.ZodIssue[]): Problem[] {
	return issues.flatMap((issue) =>
		issue.code === z.ZodIssueCode.invalid_union ? explainUnion(context, issue.path) : [issueProblem(context, issue)]
	);
}

function explainUnion(context: Context, path: JsonPath): Problem[] {
	const { problem, root } = context;
	const { node } = nodeAt(root, path);
	const union = unwrapSchema(schemaAt(context.schema, context.value, path) ?? z.never()).inner;
	if (!(union instanceof z.ZodUnion)) return [problem('error', 'other', path, 'The value matches none of the allowed types.', headSpan(node))];
	const here = valueAt(context.value, path);
	const choice = chooseUnionMember(union, here);
	if (!nodeAt(root, path).found) {
		const expected = choice.kind === 'no_type' ? orList(choice.expected.map(describeType)) : 'a value';
		return [
			problem('error', 'missing_property', path, `Missing required property ${JSON.stringify(String(path.at(-1)))}: expected ${expected}.`, headSpan(node)),
		];
	}
	if (choice.kind === 'member') {
		const result = choice.schema.safeParse(here);
		if (result.success) return [];
		return explainIssues(
			context,
			result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }))
		);
	}
	if (choice.kind === 'no_type') {
		return [
			problem(
				'error',
				'invalid_type',
				path,
				`Expected ${orList(choice.expected.map(describeType))}, received ${describeType(receivedType(here))}.`,
				headSpan(node)
			),
		];
	}
	const tagPath = [...path, choice.key];
	const tagNode = nodeAt(root, tagPath).node;
	const received = valueAt(here, [choice.key]);
	const allowed = choice.allowed.map((option) => JSON.stringify(option)).join(', ');
	const suggestion = choice.suggestion?.value;
	return [
		problem(
			'error',
			'invalid_value',
			tagPath,
			suggestion !== undefined
				? `${shownValue(received)} is not an allowed value: did you mean ${JSON.stringify(suggestion)}? Allowed: ${allowed}.`
				: `${shownValue(received)} is not an allowed value. Allowed: ${allowed}.`,
			headSpan(tagNode),
			suggestion !== undefined ? [replaceFix(context, `Change to ${JSON.stringify(suggestion)}`, tagNode, suggestion)] : undefined
		),
	];
}

function issueProblem(context: Context, issue: z.ZodIssue): Problem {
	const { problem } = context;
	const { node, found } = nodeAt(context.root, issue.path);
	if (issue.code === z.ZodIssueCode.invalid_type && issue.received === 'undefined' && !found) {
		const key = issue.path.at(-1);
		return problem(
			'error',
			'missing_property',
			issue.path,
			`Missing required property ${JSON.stringify(String(key))}: expected ${describeType(issue.expected)}.`,
			headSpan(node),
			node.kind === 'object' ? [insertKeyFix(context, node, String(key), placeholderFor(issue.expected))] : undefined
		);
	}
	if (issue.code === z.ZodIssueCode.invalid_type) {
		return problem(
			'error',
			'invalid_type',
			issue.path,
			`Expected ${describeType(issue.expected)}, received ${describeType(issue.received)}.`,
			headSpan(node)
		);
	}
	if (issue.code === z.ZodIssueCode.invalid_enum_value) {
		const options = issue.options.filter((option): option is string => typeof option === 'string');
		const suggestion = typeof issue.received === 'string' ? didYouMean(issue.received, options) : undefined;
		const allowed = `Allowed: ${issue.options.map((option) => JSON.stringify(option)).join(', ')}.`;
		const received = shownValue(issue.received);
		return problem(
			'error',
			'invalid_value',
			issue.path,
			suggestion === undefined
				? `${received} is not an allowed value. ${allowed}`
				: issue.options.length === 1
					? `${received} is not an allowed value: did you mean ${JSON.stringify(suggestion)}? (the only allowed value)`
					: `${received} is not an allowed value: did you mean ${JSON.stringify(suggestion)}? ${allowed}`,
			headSpan(node),
			suggestion === undefined ? undefined : [replaceFix(context, `Change to ${JSON.stringify(suggestion)}`, node, suggestion)]
		);
	}
	return problem('error', 'other', issue.path, issue.message, headSpan(node));
}

/** Every key that appears twice in one object: a warning on the copy that JSON.parse throws away. */
function duplicateKeyProblems(
	root: JsonNode,
	problem: MakeProblem,
	range: (span: Span) => SourceRange,
	sink: WarningSink
): void {
	// Explicit stack, and paths rebuilt from parent links only when needed: the tree may be
	// thousands of levels deep, and copying a path at every level would be quadratic.
	type Entry = { node: JsonNode; parent?: Entry; segment?: string | number };
	const pathOf = (entry: Entry): (string | number)[] => {
		const path: (string | number)[] = [];
		for (let at: Entry | undefined = entry; at?.parent; at = at.parent) path.push(at.segment!);
		return path.reverse();
	};
	const stack: Entry[] = [{ node: root }];
	const push = (node: JsonNode, parent: Entry, segment: string | number) => {
		if (node.kind === 'object' || node.kind === 'array') stack.push({ node, parent, segment });
	};
	while (stack.length > 0) {
		const entry = stack.pop()!;
		const { node } = entry;
		if (node.kind === 'array') {
			node.items.forEach((item, index) => push(item, entry, index));
			continue;
		}
		if (node.kind !== 'object') continue;
		const { properties } = node;
		const lastIndex = new Map<string, number>();
		for (let index = 0; index < properties.length; index++) lastIndex.set(properties[index]!.key, index);
		for (let index = 0; index < properties.length; index++) {
			const property = properties[index]!;
			const keptIndex = lastIndex.get(property.key)!;
			if (keptIndex === index) {
				push(property.value, entry, property.key);
				continue;
			}
			sink.add(() => {
				const keptAt = range(properties[keptIndex]!.keySpan);
				return {
					...problem(
						'warning',
						'duplicate_key',
						[...pathOf(entry), property.key],
						`Duplicate key ${JSON.stringify(property.key)}: JSON parsers keep the last one (line ${keptAt.startLine}), so this value is ignored.`,
						property.keySpan
					),
					related: { message: `The copy of ${JSON.stringify(property.key)} that is kept.`, range: keptAt },
				};
			});
		}
	}
}

/**
 * Collects warnings up to a cap, then only counts them: a 1 MB paste may hold 100,000 unknown keys,
 * and building a message for each would cost more than the rest of the check together.
 */
class WarningSink {
	readonly problems: Problem[] = [];
	omitted = 0;
	constructor(private readonly cap: number) {}

	add(make: () => Problem): void {
		if (this.problems.length < this.cap) this.problems.push(make());
		else this.omitted++;
	}
}

/** Key errors found while looking for unknown keys, and the missing keys they account for. */
interface KeyFindings {
	errors: Problem[];
	/** Paths (as `pathKey`) of missing required keys already reported as a misspelled or renamed key. */
	consumed: Set<string>;
}

/**
 * Keys a non-strict object does not declare: the SDK accepts them and drops them, so a warning
 * says so. Where such a key stands for a required key that is missing (its other-side name, or a
 * near miss like `"Status"`), it is one error on that key instead, with a fix that renames it.
 */
function unknownPropertyProblems(
	context: Context,
	schema: z.ZodTypeAny,
	node: JsonNode,
	value: unknown,
	path: JsonPath,
	sink: WarningSink,
	keys: KeyFindings
): void {
	const { inner, wireNames } = unwrapSchema(schema);
	if (inner instanceof z.ZodUnion) {
		const member = memberSchema(inner, value);
		if (member) unknownPropertyProblems(context, member, node, value, path, sink, keys);
		return;
	}
	if (inner instanceof z.ZodArray && node.kind === 'array') {
		node.items.forEach((item, index) =>
			unknownPropertyProblems(context, inner.element, item, (value as unknown[])[index], [...path, index], sink, keys)
		);
		return;
	}
	const record = value as Record<string, unknown>;
	if (inner instanceof z.ZodRecord && node.kind === 'object') {
		for (const property of node.properties) {
			unknownPropertyProblems(context, inner.valueSchema, property.value, record[property.key], [...path, property.key], sink, keys);
		}
		return;
	}
	if (!(inner instanceof z.ZodObject) || node.kind !== 'object') return;
	const shape = inner.shape as z.ZodRawShape;
	const strips = inner._def.unknownKeys === 'strip' && inner._def.catchall instanceof z.ZodNever;
	const known = Object.keys(shape);
	const present = new Set(node.properties.map((property) => property.key));
	const missing = known.filter((key) => !present.has(key));
	const missingRequired = new Set(missing.filter((key) => !shape[key]!.isOptional()));
	const knownList = `Known properties: ${known.map((key) => JSON.stringify(key)).join(', ')}.`;
	const { problem } = context;
	for (const property of node.properties) {
		if (Object.hasOwn(shape, property.key)) {
			unknownPropertyProblems(context, shape[property.key]!, property.value, record[property.key], [...path, property.key], sink, keys);
			continue;
		}
		if (!strips) continue;
		const renamedFrom = [...missingRequired].find((key) => wireNames?.counterpart[key] === property.key);
		const nearMiss = renamedFrom ?? didYouMean(property.key, [...missingRequired]);
		if (nearMiss !== undefined) {
			missingRequired.delete(nearMiss);
			keys.consumed.add(pathKey([...path, nearMiss]));
			const message =
				renamedFrom === undefined
					? `Unknown key ${JSON.stringify(property.key)}: did you mean ${JSON.stringify(nearMiss)}?`
					: wireNames!.side === 'wire'
						? `${JSON.stringify(property.key)} is the SDK's TypeScript name of this key; in JSON (on the wire) it is ${JSON.stringify(nearMiss)}.`
						: `${JSON.stringify(property.key)} is this key's name in JSON (on the wire); in the SDK's TypeScript type it is ${JSON.stringify(nearMiss)}.`;
			keys.errors.push(
				problem(
					'error',
					renamedFrom === undefined ? 'misspelled_key' : 'renamed_key',
					[...path, nearMiss],
					message,
					property.keySpan,
					[replaceFix(context, `Rename to ${JSON.stringify(nearMiss)}`, property.keySpan, nearMiss)]
				)
			);
			continue;
		}
		sink.add(() => {
			const suggestion = didYouMean(property.key, missing);
			return problem(
				'warning',
				'unknown_property',
				[...path, property.key],
				`Unknown property ${JSON.stringify(property.key)}: the SDK accepts it but drops it from the parsed value. ` +
					(suggestion !== undefined ? `Did you mean ${JSON.stringify(suggestion)}?` : knownList),
				property.keySpan,
				suggestion !== undefined
					? [replaceFix(context, `Rename to ${JSON.stringify(suggestion)}`, property.keySpan, suggestion)]
					: [removePropertyFix(node, property)]
			);
		});
	}
}
