/** 1-based line and column, as editors show them (columns count UTF-16 code units, like Monaco). */
export interface LineColumn {
	line: number;
	column: number;
}

/**
 * Maps offsets to line/column for one text. Line breaks are `\r\n`, `\r` and `\n`, the same three
 * Monaco's text model splits on, so the problem list and the editor agree.
 *
 * The table of line starts is built as far as the offsets asked for, not before: a text with no
 * problem never needs it, and a megabyte of text whose listed problems are all near its start
 * (the rest only counted) is not scanned to its end.
 */
export function sourcePositions(text: string): (offset: number) => LineColumn {
	const lineStarts = [0];
	/** Line breaks are known up to here (exclusive). */
	let scanned = 0;
	let onlyNewlines: boolean | undefined;
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
	return (offset) => {
		const clamped = Math.max(0, Math.min(offset, text.length));
		if (clamped > scanned) scanTo(clamped + 1);
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (lineStarts[mid]! <= clamped) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
	};
}
