// sourcePositions as it was at 8fc5a06, before the speed-ups: the oracle of parseJson.differential.test.ts.
// Not used by the site.
/** 1-based line and column, as editors show them (columns count UTF-16 code units, like Monaco). */
export interface LineColumn {
	line: number;
	column: number;
}

/**
 * Maps offsets to line/column for one text. Line breaks are `\r\n`, `\r` and `\n`, the same three
 * Monaco's text model splits on, so the problem list and the editor agree.
 */
export function referenceSourcePositions(text: string): (offset: number) => LineColumn {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x0a) lineStarts.push(i + 1);
		else if (code === 0x0d) {
			if (text.charCodeAt(i + 1) === 0x0a) i++;
			lineStarts.push(i + 1);
		}
	}
	return (offset) => {
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
