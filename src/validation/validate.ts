import * as z from 'zod/v3';
import type { ModelEntry } from '../schemas/registry';
import { didYouMean } from './didYouMean';
import { parseJson, type JsonNode, type Span } from './parseJson';
import { pathText, type JsonPath } from './pathText';
import { sourcePositions } from './sourcePositions';

export type Severity = 'error' | 'warning';

/** Offsets plus the 1-based line/column of both ends. */
export interface SourceRange extends Span {
	startLine: number;
	startColumn: number;
	endLine: number;
	endColumn: number;
}

export interface Problem {
	severity: Severity;
	/** What kind of problem, for tests and styling; the message is what readers see. */
	code:
		| 'syntax'
		| 'too_large'
		| 'missing_property'
		| 'invalid_type'
		| 'invalid_value'
		| 'unknown_property'
		| 'duplicate_key'
		| 'not_literal'
		| 'other';
	path: JsonPath;
	/** The path as shown: `status`, `(root)`. */
	pathText: string;
	message: string;
	range: SourceRange;
	/** Another place the problem involves, e.g. the other copy of a duplicate key. */
	related?: { message: string; range: SourceRange };
}

export interface Verdict {
	/** True when the SDK would accept the value: syntax and schema both pass. Warnings do not count. */
	valid: boolean;
	problems: Problem[];
	errorCount: number;
	warningCount: number;
	/** Warnings counted in `warningCount` but not listed, past `maxWarnings`. */
	omittedWarnings: number;
	/** Deepest nesting seen, so callers can protect tools that recurse. */
	maxDepth: number;
	/** The parsed value, when the text is syntactically valid. */
	value?: unknown;
}

/** A verdict without the parsed value: all the playground shows, and what its worker sends back. */
export type ShownVerdict = Omit<Verdict, 'value'>;

export interface ValidateOptions {
	/** Longest text checked, in UTF-16 code units; longer text is one clear error, not a frozen tab. */
	maxLength?: number;
	/** Most warnings listed; the rest are only counted. */
	maxWarnings?: number;
}

export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

/** A value, read from some text, with the source span of every node: what `validate` checks. */
export interface ParsedSource {
	root: JsonNode;
	value: unknown;
	maxDepth: number;
	/** Warnings the reader itself found (e.g. a type annotation naming another type). */
	extraProblems?: (Span & { message: string; code: Problem['code'] })[];
}

/**
 * Checks JSON text against a model exactly as the SDK would: the verdict is the model's own Zod
 * `safeParse`, and each problem carries the source range of the value it is about.
 */
export function validate(
	text: string,
	model: Pick<ModelEntry, 'schema'>,
	options: ValidateOptions = {}
): Verdict {
	return validateSource(text, model, options, (source) => {
		const parsed = parseJson(source);
		if (!parsed.ok) return { errors: [{ ...parsed.error, code: 'syntax' }], maxDepth: parsed.maxDepth };
		// The parser has proved the text is JSON; JSON.parse builds the value with the SDK's own rules.
		return { root: parsed.root, value: JSON.parse(source), maxDepth: parsed.maxDepth };
	});
}

export type ReadResult =
	| ParsedSource
	| { errors: (Span & { message: string; code: Problem['code'] })[]; maxDepth: number };

/**
 * The shared back half of every input mode: `read` turns text into a value with spans (JSON here,
 * a TypeScript literal elsewhere), then this checks it and places each problem in the text.
 */
export function validateSource(
	text: string,
	model: Pick<ModelEntry, 'schema'>,
	{ maxLength = DEFAULT_MAX_LENGTH, maxWarnings = 1000 }: ValidateOptions,
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
	const problem = (
		severity: Severity,
		code: Problem['code'],
		path: JsonPath,
		message: string,
		span: Span
	): Problem => ({ severity, code, path, pathText: pathText(path), message, range: range(span) });

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
			return verdict(source.errors.map((error) => problem('error', error.code, [], error.message, error)), source.maxDepth);
		}
		const problems: Problem[] = [];
		const result = model.schema.safeParse(source.value);
		if (!result.success) {
			for (const issue of result.error.issues) problems.push(issueProblem(issue, source.root, problem));
		}
		for (const extra of source.extraProblems ?? []) problems.push(problem('warning', extra.code, [], extra.message, extra));
		const warnings = new WarningSink(maxWarnings);
		duplicateKeyProblems(source.root, problem, range, warnings);
		unknownPropertyProblems(model.schema, source.root, [], problem, warnings);
		problems.push(...warnings.problems);
		return { ...verdict(problems, source.maxDepth, warnings.omitted), value: source.value };
	} catch (error) {
		// Nothing above should throw; if something does, the reader gets a message, never a dead page.
		const message = error instanceof Error ? error.message : String(error);
		return verdict([problem('error', 'other', [], `This text could not be checked: ${message}`, { start: 0, end: 0 })], 0);
	}
}

function verdict(problems: Problem[], maxDepth: number, omittedWarnings = 0): Verdict {
	problems.sort((a, b) => a.range.start - b.range.start || severityRank(a) - severityRank(b));
	const errorCount = problems.filter((problem) => problem.severity === 'error').length;
	return {
		valid: errorCount === 0,
		problems,
		errorCount,
		warningCount: problems.length - errorCount + omittedWarnings,
		omittedWarnings,
		maxDepth,
	};
}

const severityRank = (problem: Problem) => (problem.severity === 'error' ? 0 : 1);

type MakeProblem = (severity: Severity, code: Problem['code'], path: JsonPath, message: string, span: Span) => Problem;

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
};

/** Zod 3 writes expected literals as `'started'`; readers of JSON expect `"started"`. */
function describeType(type: string): string {
	return ARTICLES[type] ?? type.replace(/'((?:[^'\\]|\\.)*)'/g, (_match, inner: string) => JSON.stringify(inner));
}

function issueProblem(issue: z.ZodIssue, root: JsonNode, problem: MakeProblem): Problem {
	const { node, found } = nodeAt(root, issue.path);
	if (issue.code === z.ZodIssueCode.invalid_type && issue.received === 'undefined' && !found) {
		const key = issue.path.at(-1);
		return problem(
			'error',
			'missing_property',
			issue.path,
			`Missing required property ${JSON.stringify(String(key))}: expected ${describeType(issue.expected)}.`,
			headSpan(node)
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
		const allowed = issue.options.map((option) => JSON.stringify(option));
		const suggestion =
			typeof issue.received === 'string'
				? didYouMean(issue.received, issue.options.filter((option): option is string => typeof option === 'string'))
				: undefined;
		const received = JSON.stringify(issue.received);
		const shown = received.length > 60 ? `${received.slice(0, 57)}…` : received;
		return problem(
			'error',
			'invalid_value',
			issue.path,
			`${shown} is not an allowed value. Allowed: ${allowed.join(', ')}.` +
				(suggestion !== undefined ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''),
			headSpan(node)
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

/** Keys a non-strict object does not declare: the SDK accepts them and drops them, so a warning says so. */
function unknownPropertyProblems(
	schema: z.ZodTypeAny,
	node: JsonNode,
	path: JsonPath,
	problem: MakeProblem,
	sink: WarningSink
): void {
	const inner = unwrapSchema(schema);
	if (inner instanceof z.ZodArray && node.kind === 'array') {
		node.items.forEach((item, index) => unknownPropertyProblems(inner.element, item, [...path, index], problem, sink));
		return;
	}
	if (inner instanceof z.ZodRecord && node.kind === 'object') {
		for (const property of node.properties) {
			unknownPropertyProblems(inner.valueSchema, property.value, [...path, property.key], problem, sink);
		}
		return;
	}
	if (!(inner instanceof z.ZodObject) || node.kind !== 'object') return;
	const shape = inner.shape as z.ZodRawShape;
	const strips = inner._def.unknownKeys === 'strip' && inner._def.catchall instanceof z.ZodNever;
	const known = Object.keys(shape);
	const present = new Set(node.properties.map((property) => property.key));
	const missing = known.filter((key) => !present.has(key));
	const knownList = `Known properties: ${known.map((key) => JSON.stringify(key)).join(', ')}.`;
	for (const property of node.properties) {
		if (Object.hasOwn(shape, property.key)) {
			unknownPropertyProblems(shape[property.key]!, property.value, [...path, property.key], problem, sink);
			continue;
		}
		if (!strips) continue;
		sink.add(() => {
			const suggestion = didYouMean(property.key, missing);
			return problem(
				'warning',
				'unknown_property',
				[...path, property.key],
				`Unknown property ${JSON.stringify(property.key)}: the SDK accepts it but drops it from the parsed value. ` +
					(suggestion !== undefined ? `Did you mean ${JSON.stringify(suggestion)}?` : knownList),
				property.keySpan
			);
		});
	}
}

function unwrapSchema(schema: z.ZodTypeAny): z.ZodTypeAny {
	let inner = schema;
	while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
		inner = inner instanceof z.ZodDefault ? inner.removeDefault() : inner.unwrap();
	}
	return inner;
}
