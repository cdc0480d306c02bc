/** 1-based line and column, as editors show them (columns count UTF-16 code units, like Monaco). */
export interface LineColumn {
	line: number;
	column: number;
}

/**
 * Maps offsets to line/column for one text. Line breaks are `\r\n`, `\r` and `\n`, the same three
 * Monaco's text model splits on, so the problem list and the editor agree.
 *
 * The table of line starts is built on the first lookup, not before: a text with no problem never
 * needs it, and a megabyte of text takes milliseconds to scan.
 */
export function sourcePositions(text: string): (offset: number) => LineColumn {
	let lineStarts: number[] | undefined;
	return (offset) => {
		lineStarts ??= findLineStarts(text);
		const clamped = Math.max(0, Math.min(offset, text.length));
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

function findLineStarts(text: string): number[] {
	const lineStarts = [0];
	// Most texts have only `\n` breaks: then the engine's own search finds them, far faster than a
	// loop over every character.
	if (!text.includes('\r')) {
		for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
		return lineStarts;
	}
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x0a) lineStarts.push(i + 1);
		else if (code === 0x0d) {
			if (text.charCodeAt(i + 1) === 0x0a) i++;
			lineStarts.push(i + 1);
		}
	}
	return lineStarts;
}
