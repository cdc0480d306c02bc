/**
 * The shapes every reader of the playground's text produces and the engine consumes: source
 * spans, the value's tree with the span of every node, what a read gives back, and the text edits
 * of a fix. Their own module, so the JSON parser, the TypeScript reader and the engine share them
 * without depending on one another.
 */
import type { JsonPath } from './pathText';

export interface Span {
	/** Offset of the first character. */
	start: number;
	/** Offset just past the last character. */
	end: number;
}

export interface PropertyNode {
	key: string;
	keySpan: Span;
	value: JsonNode;
}

export type JsonNode =
	| (Span & { kind: 'object'; properties: PropertyNode[] })
	| (Span & { kind: 'array'; items: JsonNode[] })
	| (Span & { kind: 'string' | 'number' | 'boolean' | 'null' });

/** What kind of problem, for tests and styling; the message is what readers see. */
export type ProblemCode =
	| 'syntax'
	| 'too_large'
	| 'missing_property'
	| 'invalid_type'
	| 'invalid_value'
	| 'unknown_property'
	| 'misspelled_key'
	| 'renamed_key'
	| 'duplicate_key'
	| 'not_literal'
	| 'not_checked'
	| 'other';

/** One replacement in the text: offsets into the text the problem was found in. */
export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

/** A one-click fix: applying its edits to the same text removes the problem. */
export interface Fix {
	title: string;
	edits: TextEdit[];
	/** Where the cursor goes once the edits are applied (offsets in the new text), e.g. inside an inserted `""`. */
	select?: Span;
}

/** A value, read from some text, with the source span of every node: what `validate` checks. */
export interface ParsedSource {
	root: JsonNode;
	value: unknown;
	maxDepth: number;
	/** False when the reader knows no object in the value repeats a key (the duplicate-key pass is skipped). */
	repeatedKeys?: boolean;
	/** Warnings the reader itself found (e.g. a type annotation naming another type). */
	extraProblems?: (Span & { message: string; code: ProblemCode })[];
	/**
	 * Parts of the value the reader did not read as literals: `not_checked` ones become `info`
	 * problems, the others errors; either way, schema problems at or under their path are dropped.
	 */
	notChecked?: (Span & { path: JsonPath; message: string; code: 'not_checked' | 'not_literal' | 'other' })[];
	/** Text around the value that is not checked. */
	uncheckedRanges?: Span[];
	/** Where the checked value is in the text (TypeScript mode: after `let value: Model =`). */
	valueSpan?: Span;
}

export type ReadResult =
	| ParsedSource
	| { errors: (Span & { message: string; code: ProblemCode; fixes?: Fix[] })[]; maxDepth: number };
