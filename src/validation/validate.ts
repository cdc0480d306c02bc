import * as z from 'zod/v3';
import { didYouMean } from './didYouMean';
import { PAIRWISE_LIMIT } from './hasRepeatedKey';
import { jsonQuote } from './jsonQuote';
import { objectMembers, type ObjectMembers } from './objectMembers';
import { readJson } from './readJson';
import type { Fix, JsonNode, ParsedSource, ProblemCode, ReadResult, Span, TextEdit } from './sourceTree';

export type { Fix, ParsedSource, ProblemCode, ReadResult, TextEdit };
import { keyPathText, pathText, type JsonPath } from './pathText';
import { isIdentifierName } from './isIdentifierName';
import { MAX_LISTED_WARNINGS, MAX_TEXT_LENGTH } from './limits';
import { chooseUnionMember } from './unionMember';
import { unwrapSchema } from './unwrapSchema';
import { lineTable, type LineRange, type LineTable } from './lineTable';
import { zodIssues } from './zodIssues';

/** `info`: a part of the value that is not checked (TypeScript mode: computed when the code runs). */
export type Severity = 'error' | 'warning' | 'info';

/** Offsets plus the 1-based line/column of both ends. */
export type SourceRange = LineRange;

export interface Problem {
	severity: Severity;
	/** What kind of problem, for tests and styling; the message is what readers see. */
	code: ProblemCode;
	path: JsonPath;
	/** The path as shown: `status`, `(root)`. */
	pathText: string;
	message: string;
	range: SourceRange;
	/**
	 * Another place the problem involves, e.g. the other copy of a duplicate key. The warnings on the
	 * copies of one repeated key share this object (and their path): read it, do not change it.
	 */
	related?: Readonly<{ message: string; range: Readonly<SourceRange> }>;
	/** Fixes the engine can offer as text edits (the editor shows them as quick fixes). */
	fixes?: Fix[];
}

export interface Verdict {
	/** True when the SDK would accept the value: syntax and schema both pass. Warnings do not count. */
	valid: boolean;
	problems: Problem[];
	errorCount: number;
	warningCount: number;
	/** Parts of the value that are not checked (`info` problems): valid means valid as far as checked. */
	notCheckedCount: number;
	/** Text around the value that is not checked (code pasted with it): no problem, the editor dims it. */
	uncheckedRanges?: SourceRange[];
	/** Warnings counted in `warningCount` but not listed, past `maxWarnings`. */
	omittedWarnings: number;
	/** Deepest nesting seen, so callers can protect tools that recurse. */
	maxDepth: number;
	/** The parsed value, when the text is syntactically valid. */
	value?: unknown;
	/** Offset where the checked value starts, when it is not the whole text (TypeScript mode). */
	valueStart?: number;
	/**
	 * What the SDK's parse gives back for a valid value: Zod's output (unknown keys dropped, keys
	 * renamed, defaults filled). Absent when the value is invalid.
	 */
	output?: { value: unknown };
}

/** A verdict without the parsed value: all the playground shows, and what its worker sends back. */
export type ShownVerdict = Omit<Verdict, 'value'>;

/** What `validate` needs of a model: the Zod schema that reads this text's form of it. */
export interface SchemaSource {
	schema: z.ZodTypeAny;
}

export interface ValidateOptions {
	/** Longest text checked, in UTF-16 code units; longer text is one clear error, not a frozen tab. */
	maxLength?: number;
	/** Most warnings listed; the rest are only counted. */
	maxWarnings?: number;
}

export const DEFAULT_MAX_LENGTH = MAX_TEXT_LENGTH;

/**
 * Checks JSON text against a model exactly as the SDK would: the verdict is the model's own Zod
 * `safeParse` (its inbound schema: JSON as it is on the wire), and each problem carries the source
 * range of the value it is about.
 */
export function validate(text: string, model: SchemaSource, options: ValidateOptions = {}): Verdict {
	return validateSource(text, model, options, readJson);
}

/**
 * The shared back half of every input mode: `read` turns text into a value with spans (JSON here,
 * a TypeScript literal elsewhere), then this checks it and places each problem in the text.
 */
export function validateSource(
	text: string,
	{ schema }: SchemaSource,
	{ maxLength = DEFAULT_MAX_LENGTH, maxWarnings = MAX_LISTED_WARNINGS }: ValidateOptions,
	read: (text: string) => ReadResult
): Verdict {
	const lines = lineTable(text.length > maxLength ? '' : text);
	// No intermediate objects: a paste may list a thousand warnings, each with a range or two.
	const range = (span: Span): SourceRange => lines.range(span.start, span.end);
	const problem: MakeProblem = (severity, code, path, message, span, fixes) =>
		problemOf(severity, code, path, pathText(path), message, range(span), fixes);

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
		const context: Context = { text, schema, root: source.root, value: source.value, problem, lines };
		const result = schema.safeParse(source.value);
		const warnings = new WarningSink(maxWarnings);
		const keys: KeyFindings = { errors: [], consumed: new Set() };
		unknownPropertyProblems(context, schema, source.root, source.value, [], warnings, keys);
		const notChecked = source.notChecked ?? [];
		// A schema problem at or under a part that was not read is about a stand-in, not the code.
		const checked = (found: Problem) =>
			!notChecked.some((part) => part.path.length <= found.path.length && part.path.every((segment, index) => segment === found.path[index]));
		let problems: Problem[] = keys.errors.filter(checked);
		if (!result.success) {
			for (const found of explainIssues(context, zodIssues(result))) {
				// A missing key already reported as a misspelled or renamed one is not said twice.
				if (found.code === 'missing_property' && keys.consumed.has(pathKey(found.path))) continue;
				if (checked(found)) problems.push(found);
			}
		}
		for (const part of notChecked) problems.push(problem(part.code === 'not_checked' ? 'info' : 'error', part.code, part.path, part.message, part));
		for (const extra of source.extraProblems ?? []) problems.push(problem('warning', extra.code, [], extra.message, extra));
		if (source.repeatedKeys !== false) duplicateKeyProblems(source.root, problem, lines, warnings);
		// Nothing else found (the usual case): the warnings' own list, not a copy grown one by one.
		if (problems.length === 0 && notChecked.length === 0) problems = warnings.problems;
		else for (const found of warnings.problems) if (notChecked.length === 0 || found.code === 'duplicate_key' || checked(found)) problems.push(found);
		// Written out rather than spread: the same keys, in the same order.
		const made: Verdict = verdict(problems, source.maxDepth, warnings.omitted);
		if (source.uncheckedRanges?.length) made.uncheckedRanges = source.uncheckedRanges.map(range);
		if (source.valueSpan) made.valueStart = source.valueSpan.start;
		made.value = source.value;
		// With a part not read, the parse ran on stand-ins: there is no output to show.
		if (result.success && notChecked.length === 0) made.output = { value: result.data };
		return made;
	} catch (error) {
		// Nothing above should throw; if something does, the reader gets a message, never a dead page.
		const message = error instanceof Error ? error.message : String(error);
		return verdict([problem('error', 'other', [], `This text could not be checked: ${message}`, { start: 0, end: 0 })], 0);
	}
}

function verdict(problems: Problem[], maxDepth: number, omittedWarnings = 0): Verdict {
	// Errors first, then warnings, then parts not checked, each in text order: the list and the
	// status line agree on what matters.
	// The sort is stable: a list already in that order (the usual case: all warnings, in text
	// order) is left as it is, so it is only checked.
	if (!inOrder(problems)) problems.sort(problemOrder);
	let errorCount = 0;
	let warningCount = 0;
	let notCheckedCount = 0;
	for (const problem of problems) {
		if (problem.severity === 'error') errorCount++;
		else if (problem.severity === 'warning') warningCount++;
		else notCheckedCount++;
	}
	return {
		valid: errorCount === 0,
		problems,
		errorCount,
		warningCount: warningCount + omittedWarnings,
		notCheckedCount,
		omittedWarnings,
		maxDepth,
	};
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const severityRank = (problem: Problem) => SEVERITY_RANK[problem.severity];
const problemOrder = (a: Problem, b: Problem) => severityRank(a) - severityRank(b) || a.range.start - b.range.start;

function inOrder(problems: readonly Problem[]): boolean {
	for (let index = 1; index < problems.length; index++) if (problemOrder(problems[index - 1]!, problems[index]!) > 0) return false;
	return true;
}

/**
 * A problem, made whole: not given `fixes` after, since a property added to an object literal
 * afterwards lands outside the object, one more allocation for each of a thousand warnings.
 */
function problemOf(
	severity: Severity,
	code: Problem['code'],
	path: JsonPath,
	textOfPath: string,
	message: string,
	range: SourceRange,
	fixes?: Fix[]
): Problem {
	return fixes && fixes.length > 0
		? { severity, code, path, pathText: textOfPath, message, range, fixes }
		: { severity, code, path, pathText: textOfPath, message, range };
}

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
	/** The text's lines; `lines.range` makes a range from offsets, with no span object (for the warnings made a thousand at a time). */
	lines: LineTable;
}

const pathKey = (path: JsonPath) => JSON.stringify(path);

/** A new path: `path` and one more segment (a copy, not a spread: this runs once per problem). */
function extendedPath(path: JsonPath, segment: string | number): (string | number)[] {
	if (path.length === 0) return [segment];
	const extended = path.slice();
	extended.push(segment);
	return extended;
}

/** The node a path leads to, or the deepest node on the way. Duplicate keys: the last one, as JSON.parse keeps. */
function nodeAt(root: JsonNode, path: JsonPath): { node: JsonNode; found: boolean } {
	let node = root;
	for (const segment of path) {
		let next: JsonNode | undefined;
		if (node.kind === 'object') {
			const members = objectMembers(node);
			const index = members.keys.lastIndexOf(segment as string);
			if (index !== -1) next = members.property(index).value;
		} else if (node.kind === 'array' && typeof segment === 'number') next = node.items[segment];
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
	const members = objectMembers(object);
	const first = members.keys.length > 0 ? members.property(0) : undefined;
	const bare = first !== undefined && text[first.keySpan.start] !== '"' && text[first.keySpan.start] !== "'" && isIdentifierName(key);
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
function removePropertyFix(members: ObjectMembers, index: number, keyStart: number, quotedKey: string): Fix {
	const hasNext = index + 1 < members.keys.length;
	const start = hasNext || index === 0 ? keyStart : members.valueEnd(index - 1);
	const end = hasNext ? members.keyStart(index + 1) : members.valueEnd(index);
	return { title: `Remove ${quotedKey}`, edits: [{ start, end, text: '' }] };
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
			zodIssues(result).map((issue) => ({ ...issue, path: [...path, ...issue.path] }))
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
	/** The text's lines: a range from offsets (no span object made: this runs for each repeat listed). */
	lines: LineTable,
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
			const { items } = node;
			for (let index = 0; index < items.length; index++) push(items[index]!, entry, index);
			continue;
		}
		if (node.kind !== 'object') continue;
		const members = objectMembers(node);
		const { keys } = members;
		const lastIndex = keys.length > PAIRWISE_LIMIT ? keptIndexes(keys) : undefined;
		let said: { keptIndex: number; first: Problem } | undefined;
		for (let index = 0; index < keys.length; index++) {
			const key = keys[index]!;
			const keptIndex = lastIndex ? lastIndex[index]! : lastIndexPairwise(keys, index);
			if (keptIndex === index) {
				if (members.holdsContainer(index)) push(members.property(index).value, entry, key);
				continue;
			}
			if (sink.full) {
				sink.omitted++;
				continue;
			}
			// The copies of one key share their words, their path and the kept copy's place: made once
			// per key (the path is read-only and `related` is read-only, so sharing them is safe).
			if (said?.keptIndex !== keptIndex) {
				const keptAt = lines.range(members.keyStart(keptIndex), members.keyEnd(keptIndex));
				const quoted = jsonQuote(key);
				const found = problem(
					'warning',
					'duplicate_key',
					extendedPath(pathOf(entry), key),
					`Duplicate key ${quoted}: JSON parsers keep the last one (line ${keptAt.startLine}), so this value is ignored.`,
					members.keySpan(index)
				);
				found.related = { message: `The copy of ${quoted} that is kept.`, range: keptAt };
				sink.problems.push(found);
				said = { keptIndex, first: found };
				continue;
			}
			const { first } = said;
			sink.problems.push({
				severity: first.severity,
				code: first.code,
				path: first.path,
				pathText: first.pathText,
				message: first.message,
				range: lines.range(members.keyStart(index), members.keyEnd(index)),
				related: first.related,
			});
		}
	}
}

/** The index of the last property with the same key as `keys[index]` (the one JSON.parse keeps), pair by pair. */
function lastIndexPairwise(keys: readonly string[], index: number): number {
	const key = keys[index]!;
	for (let later = keys.length - 1; later > index; later--) if (keys[later] === key) return later;
	return index;
}

/** Distinct keys compared one by one before `keptIndexes` switches to a map. */
const FEW_DISTINCT_KEYS = 8;

/**
 * For each property, the index of the last property with the same key (the one JSON.parse keeps),
 * for objects too large to compare pair by pair. Read from the end, so the first copy met of each
 * key is its last. While the distinct keys met are few (an object that repeats one key many
 * times), a key is compared with each of them, which costs less than hashing it; past
 * `FEW_DISTINCT_KEYS`, a map takes over.
 */
function keptIndexes(keys: readonly string[]): number[] {
	// A plain array: a typed array of more than 16 numbers gets a buffer of its own, slower to make.
	const kept = new Array<number>(keys.length);
	const distinct: string[] = [];
	const distinctAt: number[] = [];
	let map: Map<string, number> | undefined;
	for (let index = keys.length - 1; index >= 0; index--) {
		const key = keys[index]!;
		if (map) {
			const at = map.get(key);
			if (at === undefined) map.set(key, index);
			kept[index] = at ?? index;
			continue;
		}
		let seen = 0;
		while (seen < distinct.length && distinct[seen] !== key) seen++;
		if (seen < distinct.length) {
			kept[index] = distinctAt[seen]!;
			continue;
		}
		kept[index] = index;
		if (distinct.length < FEW_DISTINCT_KEYS) {
			distinct.push(key);
			distinctAt.push(index);
		} else {
			map = new Map();
			for (let at = 0; at < distinct.length; at++) map.set(distinct[at]!, distinctAt[at]!);
			map.set(key, index);
		}
	}
	return kept;
}

/**
 * Collects warnings up to a cap, then only counts them: a 1 MB paste may hold 100,000 unknown keys,
 * and building a message for each would cost more than the rest of the check together. Callers
 * check `full` before building a warning, so past the cap a warning costs one count.
 */
class WarningSink {
	readonly problems: Problem[] = [];
	omitted = 0;
	constructor(private readonly cap: number) {}

	get full(): boolean {
		return this.problems.length >= this.cap;
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
 *
 * `path` is one array, extended and shortened as the walk goes down and back up: it is copied
 * only into the problems found, not for every key passed.
 */
function unknownPropertyProblems(
	context: Context,
	schema: z.ZodTypeAny,
	node: JsonNode,
	value: unknown,
	path: (string | number)[],
	sink: WarningSink,
	keys: KeyFindings
): void {
	// Only objects and arrays can hold keys: a scalar has nothing to look at, whatever its schema.
	if (node.kind !== 'object' && node.kind !== 'array') return;
	const { inner, wireNames } = unwrapSchema(schema);
	if (inner instanceof z.ZodUnion) {
		const member = memberSchema(inner, value);
		if (member) unknownPropertyProblems(context, member, node, value, path, sink, keys);
		return;
	}
	if (inner instanceof z.ZodArray && node.kind === 'array') {
		const { items } = node;
		for (let index = 0; index < items.length; index++) {
			path.push(index);
			unknownPropertyProblems(context, inner.element, items[index]!, (value as unknown[])[index], path, sink, keys);
			path.pop();
		}
		return;
	}
	const record = value as Record<string, unknown>;
	if (inner instanceof z.ZodRecord && node.kind === 'object') {
		const members = objectMembers(node);
		for (let index = 0; index < members.keys.length; index++) {
			if (!members.holdsContainer(index)) continue;
			const property = members.property(index);
			path.push(property.key);
			unknownPropertyProblems(context, inner.valueSchema, property.value, record[property.key], path, sink, keys);
			path.pop();
		}
		return;
	}
	if (!(inner instanceof z.ZodObject) || node.kind !== 'object') return;
	const shape = inner.shape as z.ZodRawShape;
	const strips = inner._def.unknownKeys === 'strip' && inner._def.catchall instanceof z.ZodNever;
	// What the unknown keys are compared with, built at the first unknown key: most objects have none.
	const known = knownKeys(shape);
	let lists: { missing: string[]; missingRequired: Set<string> } | undefined;
	const listsOf = () => {
		if (lists) return lists;
		const missing = known.list.filter((key) => !members.keys.includes(key));
		lists = { missing, missingRequired: new Set(missing.filter((key) => !shape[key]!.isOptional())) };
		return lists;
	};
	const { problem } = context;
	const members = objectMembers(node);
	const names = members.keys;
	let parentText: string | undefined;
	for (let index = 0; index < names.length; index++) {
		const name = names[index]!;
		if (known.has(name)) {
			if (!members.holdsContainer(index)) continue;
			path.push(name);
			unknownPropertyProblems(context, shape[name]!, members.property(index).value, record[name], path, sink, keys);
			path.pop();
			continue;
		}
		if (!strips) continue;
		const { missing, missingRequired } = listsOf();
		if (missingRequired.size === 0 && sink.full) {
			sink.omitted++;
			continue;
		}
		if (missingRequired.size > 0) {
			const keySpan = members.keySpan(index);
			const renamedFrom = [...missingRequired].find((key) => wireNames?.counterpart[key] === name);
			const nearMiss = renamedFrom ?? didYouMean(name, [...missingRequired]);
			if (nearMiss !== undefined) {
				missingRequired.delete(nearMiss);
				keys.consumed.add(pathKey(extendedPath(path, nearMiss)));
				const message =
					renamedFrom === undefined
						? `Unknown key ${JSON.stringify(name)}: did you mean ${JSON.stringify(nearMiss)}?`
						: wireNames!.side === 'wire'
							? `${JSON.stringify(name)} is the SDK's TypeScript name of this key; in JSON (on the wire) it is ${JSON.stringify(nearMiss)}.`
							: `${JSON.stringify(name)} is this key's name in JSON (on the wire); in the SDK's TypeScript type it is ${JSON.stringify(nearMiss)}.`;
				keys.errors.push(
					problem(
						'error',
						renamedFrom === undefined ? 'misspelled_key' : 'renamed_key',
						extendedPath(path, nearMiss),
						message,
						keySpan,
						[replaceFix(context, `Rename to ${JSON.stringify(nearMiss)}`, keySpan, nearMiss)]
					)
				);
				continue;
			}
		}
		if (sink.full) {
			sink.omitted++;
			continue;
		}
		const suggestion = missing.length > 0 ? didYouMean(name, missing) : undefined;
		// The object's path text, once for all its unknown keys (each key's extends it).
		parentText ??= path.length === 0 ? '' : pathText(path);
		sink.problems.push(unknownKeyWarning(context, members, index, path, parentText, suggestion, known.droppedListed));
	}
}

/**
 * The warning on the `index`-th key of an object, a key its schema does not know: its range from
 * the key's offsets (no span object), its key checked once for both its quoted form and its path
 * text. This runs for each of up to a thousand warnings.
 */
function unknownKeyWarning(
	context: Context,
	members: ObjectMembers,
	index: number,
	path: JsonPath,
	/** The object's path text, '' for the root. */
	parentText: string,
	/** The missing key it was probably meant to be. */
	suggestion: string | undefined,
	/** The end of the message, after the key (`KnownKeys.droppedListed`). */
	droppedListed: string
): Problem {
	const name = members.keys[index]!;
	const start = members.keyStart(index);
	const end = members.keyEnd(index);
	const bare = isIdentifierName(name);
	// An identifier needs no escape: quoted as it is, without a second look at its characters.
	const quoted = bare ? `"${name}"` : jsonQuote(name);
	return problemOf(
		'warning',
		'unknown_property',
		extendedPath(path, name),
		keyPathText(parentText, name, bare, quoted),
		suggestion !== undefined
			? `Unknown property ${quoted}${DROPPED} Did you mean ${JSON.stringify(suggestion)}?`
			: 'Unknown property ' + quoted + droppedListed,
		context.lines.range(start, end),
		suggestion !== undefined
			? [replaceFix(context, `Rename to ${JSON.stringify(suggestion)}`, { start, end }, suggestion)]
			: [removePropertyFix(members, index, start, quoted)]
	);
}

/** What a warning on an unknown key says of it, after the key. */
const DROPPED = ': the SDK accepts it but drops it from the parsed value.';

/** An object schema's keys, as a list and a set, made once per shape. */
const KNOWN_KEYS = new WeakMap<z.ZodRawShape, KnownKeys>();

interface KnownKeys {
	list: string[];
	has: (key: string) => boolean;
	/** The end of a warning on an unknown key, after the key: it is dropped, and the known keys are these. */
	droppedListed: string;
}

/**
 * A lookup of a shape's own keys. A set, not `Object.hasOwn(shape, key)`: a key read from the text
 * is a fresh string, and looking it up as a property name costs far more than hashing it, which
 * counts when a pasted object holds thousands of unknown keys.
 */
function knownKeys(shape: z.ZodRawShape): KnownKeys {
	let known = KNOWN_KEYS.get(shape);
	if (!known) {
		const list = Object.keys(shape);
		const set = new Set(list);
		// A few keys are compared one by one: cheaper than hashing a long unknown key.
		known = {
			list,
			has: list.length <= 8 ? (key) => list.includes(key) : (key) => set.has(key),
			droppedListed: `${DROPPED} Known properties: ${list.map((key) => JSON.stringify(key)).join(', ')}.`,
		};
		KNOWN_KEYS.set(shape, known);
	}
	return known;
}
