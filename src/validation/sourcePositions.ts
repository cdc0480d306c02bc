import { lineTable } from './lineTable';

/** 1-based line and column, as editors show them (columns count UTF-16 code units, like Monaco). */
export interface LineColumn {
	line: number;
	column: number;
}

/**
 * Maps offsets to line/column for one text (`lineTable`: `\r\n`, `\r` and `\n` end a line, and
 * the table is built only as far as the offsets asked for).
 */
export function sourcePositions(text: string): (offset: number) => LineColumn {
	const lines = lineTable(text);
	return (offset) => {
		const line = lines.lineOf(offset);
		return { line: line + 1, column: lines.columnOf(offset, line) + 1 };
	};
}
