import type { SyntaxProblem } from './parseJson';
import type { Fix } from './sourceTree';

/**
 * The one-click fix for a JSON syntax mistake a reader makes out of JavaScript habit: a trailing
 * comma (removed), a comment (removed), a single-quoted string or key (written with double
 * quotes). Undefined for every other syntax error: those need the reader.
 */
export function jsonSyntaxFix(text: string, error: Pick<SyntaxProblem, 'kind' | 'start' | 'end'>): Fix | undefined {
	if (error.kind === 'trailing_comma') return { title: 'Remove the trailing comma', edits: [{ start: error.start, end: error.end, text: '' }] };
	if (error.kind === 'comment') {
		const block = text.startsWith('/*', error.start);
		const close = block ? text.indexOf('*/', error.start + 2) : -1;
		const end = block ? (close === -1 ? -1 : close + 2) : lineEnd(text, error.start);
		if (end === -1) return undefined;
		return { title: 'Remove the comment', edits: [{ start: error.start, end, text: '' }] };
	}
	if (error.kind === 'single_quotes') {
		const end = singleQuotedEnd(text, error.start);
		if (end === undefined) return undefined;
		// The value as JavaScript reads it, written as JSON does.
		const value = text.slice(error.start + 1, end - 1).replace(/\\(['\\"])|"/g, (match, escaped: string | undefined) => (escaped === undefined ? '\\"' : escaped === "'" ? "'" : match));
		return { title: 'Use double quotes', edits: [{ start: error.start, end, text: `"${value}"` }] };
	}
	return undefined;
}

function lineEnd(text: string, from: number): number {
	const match = /\r\n|\r|\n/g;
	match.lastIndex = from;
	const found = match.exec(text);
	return found ? found.index : text.length;
}

/** The offset just past the closing quote of the single-quoted string at `start`, on the same line. */
function singleQuotedEnd(text: string, start: number): number | undefined {
	for (let i = start + 1; i < text.length; i++) {
		const char = text[i];
		if (char === '\\') i++;
		else if (char === "'") return i + 1;
		else if (char === '\n' || char === '\r') return undefined;
	}
	return undefined;
}
