/**
 * The lines of one text, for offset -> line lookups: line breaks are `\r\n`, `\r` and `\n`, the
 * same three Monaco's text model splits on, so the problem list and the editor agree.
 *
 * The table of line starts is built as far as the offsets asked for, not before: a text with no
 * problem never needs it, and a megabyte of text whose listed problems are all near its start
 * (the rest only counted) is not scanned to its end. Lookups remember the last line found: the
 * engine asks in text order (a thousand warnings, one after the other), so most lookups are a
 * comparison or two rather than a search, and none allocates.
 */
import type { Span } from './sourceTree';

/** Offsets plus the 1-based line/column of both ends. */
export interface LineRange extends Span {
	startLine: number;
	startColumn: number;
	endLine: number;
	endColumn: number;
}

export interface LineTable {
	/** The 0-based line holding `offset` (clamped to the text). */
	lineOf(offset: number): number;
	/** The offset where the 0-based `line` starts (a line `lineOf` returned). */
	lineStart(line: number): number;
	/** The 0-based column of `offset` (clamped to the text) on `line`, the line `lineOf` returned for it. */
	columnOf(offset: number, line: number): number;
	/** The range from `start` to `end`, made whole in one literal (no span or position objects on the way). */
	range(start: number, end: number): LineRange;
}

export function lineTable(text: string): LineTable {
	return new Lines(text);
}

/**
 * A class rather than an object of closures: its methods are the same functions for every text, so
 * V8 inlines them where the engine asks (a new set of closures per check did not inline, and the
 * lookups of a 1 KB check's 28 warnings cost a quarter of it).
 */
class Lines implements LineTable {
	readonly #text: string;
	readonly #lineStarts = [0];
	/** Line breaks are known up to here (exclusive). */
	#scanned = 0;
	/** The first `\n` at or past `#scanned` once a search found it (-1: none; -2: not looked for yet). */
	#nextNewline = -2;
	#onlyNewlines: boolean | undefined;
	/** The line found last. */
	#last = 0;

	constructor(text: string) {
		this.#text = text;
	}

	lineOf(offset: number): number {
		const clamped = this.#clamp(offset);
		if (clamped > this.#scanned) this.#scanTo(clamped + 1);
		const lineStarts = this.#lineStarts;
		const count = lineStarts.length;
		const last = this.#last;
		// The line found last, or the one after it.
		if (lineStarts[last]! <= clamped) {
			if (last + 1 === count || lineStarts[last + 1]! > clamped) return last;
			if (last + 2 === count || lineStarts[last + 2]! > clamped) return (this.#last = last + 1);
		}
		let low = 0;
		let high = count - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (lineStarts[mid]! <= clamped) low = mid;
			else high = mid - 1;
		}
		this.#last = low;
		return low;
	}

	lineStart(line: number): number {
		return this.#lineStarts[line]!;
	}

	columnOf(offset: number, line: number): number {
		return this.#clamp(offset) - this.#lineStarts[line]!;
	}

	range(start: number, end: number): LineRange {
		const startLine = this.lineOf(start);
		const lineStarts = this.#lineStarts;
		const endAt = this.#clamp(end);
		// An end on the line just found (a key, a short value) needs no second lookup: every break
		// before `#scanned` is known, so none comes between when the line starts at or before it and
		// the next line starts past it.
		const onStartLine =
			endAt <= this.#scanned && lineStarts[startLine]! <= endAt && (startLine + 1 === lineStarts.length || lineStarts[startLine + 1]! > endAt);
		const endLine = onStartLine ? startLine : this.lineOf(end);
		return {
			start,
			end,
			startLine: startLine + 1,
			startColumn: this.columnOf(start, startLine) + 1,
			endLine: endLine + 1,
			endColumn: this.columnOf(endAt, endLine) + 1,
		};
	}

	#clamp(offset: number): number {
		return offset < 0 ? 0 : offset > this.#text.length ? this.#text.length : offset;
	}

	/** Finds the line breaks before `offset`. */
	#scanTo(offset: number): void {
		const text = this.#text;
		const lineStarts = this.#lineStarts;
		// Most texts have only `\n` breaks: then the engine's own search finds them, far faster than
		// a loop over every character.
		this.#onlyNewlines ??= !text.includes('\r');
		if (this.#onlyNewlines) {
			// The break a search already found past the last offset asked for is not searched for again.
			let at = this.#nextNewline === -2 ? text.indexOf('\n', this.#scanned) : this.#nextNewline;
			for (; at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
			this.#scanned = at === -1 ? text.length : at;
			this.#nextNewline = at;
			return;
		}
		let i = this.#scanned;
		for (; i < offset && i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 0x0a) lineStarts.push(i + 1);
			else if (code === 0x0d) {
				if (text.charCodeAt(i + 1) === 0x0a) i++;
				lineStarts.push(i + 1);
			}
		}
		this.#scanned = i;
	}
}
