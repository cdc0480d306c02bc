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
export interface LineTable {
	/** The 0-based line holding `offset` (clamped to the text). */
	lineOf(offset: number): number;
	/** The offset where the 0-based `line` starts (a line `lineOf` returned). */
	lineStart(line: number): number;
	/** The 0-based column of `offset` (clamped to the text) on `line`, the line `lineOf` returned for it. */
	columnOf(offset: number, line: number): number;
}

export function lineTable(text: string): LineTable {
	const lineStarts = [0];
	/** Line breaks are known up to here (exclusive). */
	let scanned = 0;
	let onlyNewlines: boolean | undefined;
	let last = 0;
	const scanTo = (offset: number) => {
		// Most texts have only `\n` breaks: then the engine's own search finds them, far faster than
		// a loop over every character.
		onlyNewlines ??= !text.includes('\r');
		if (onlyNewlines) {
			let at = text.indexOf('\n', scanned);
			for (; at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
			scanned = at === -1 ? text.length : at;
			return;
		}
		let i = scanned;
		for (; i < offset && i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 0x0a) lineStarts.push(i + 1);
			else if (code === 0x0d) {
				if (text.charCodeAt(i + 1) === 0x0a) i++;
				lineStarts.push(i + 1);
			}
		}
		scanned = i;
	};
	const clamp = (offset: number) => (offset < 0 ? 0 : offset > text.length ? text.length : offset);
	return {
		lineOf(offset) {
			const clamped = clamp(offset);
			if (clamped > scanned) scanTo(clamped + 1);
			const count = lineStarts.length;
			// The line found last, or the one after it.
			if (lineStarts[last]! <= clamped) {
				if (last + 1 === count || lineStarts[last + 1]! > clamped) return last;
				if (last + 2 === count || lineStarts[last + 2]! > clamped) return ++last;
			}
			let low = 0;
			let high = count - 1;
			while (low < high) {
				const mid = (low + high + 1) >> 1;
				if (lineStarts[mid]! <= clamped) low = mid;
				else high = mid - 1;
			}
			last = low;
			return low;
		},
		lineStart: (line) => lineStarts[line]!,
		columnOf: (offset, line) => clamp(offset) - lineStarts[line]!,
	};
}
