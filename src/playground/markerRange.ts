import type { SourceRange } from '../validation/validate';

/** A range as Monaco's markers take it: 1-based lines and columns, end exclusive. */
export interface MarkerRange {
	startLineNumber: number;
	startColumn: number;
	endLineNumber: number;
	endColumn: number;
}

/**
 * Where the editor draws a problem. Some problems have an empty range (the end of the text, the
 * size limit at offset 0); drawn as they are, they would be a squiggle nobody sees. Such a range
 * covers one character instead: the one at its position, or, at the end of a line, the one
 * before it (both halves of a surrogate pair). Only a line with no character at all keeps the
 * empty range, which Monaco draws one character wide.
 *
 * @param lineText the text of a line (1-based), read only for an empty range
 */
export function markerRange(range: SourceRange, lineText: (line: number) => string): MarkerRange {
	const { startLine, startColumn, endLine, endColumn } = range;
	if (range.end > range.start) {
		return { startLineNumber: startLine, startColumn, endLineNumber: endLine, endColumn };
	}
	const text = lineText(startLine);
	const at = (column: number) => ({ startLineNumber: startLine, startColumn: column, endLineNumber: startLine, endColumn: column });
	if (text.length === 0) return at(startColumn);
	const index = Math.min(startColumn - 1, text.length);
	if (index < text.length) {
		const width = isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
		return { ...at(index + 1), endColumn: index + 1 + width };
	}
	const width = isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2)) ? 2 : 1;
	return { ...at(index + 1 - width), endColumn: index + 1 };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
