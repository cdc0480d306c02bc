import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lineTable } from './lineTable';

/**
 * The 0-based line of an offset, counted independently: `\r\n`, `\r` and `\n` end a line; an
 * offset between the `\r` and the `\n` of one break is still on the line that break ends.
 */
const naiveLine = (text: string, offset: number) => {
	const inBreak = text[offset - 1] === '\r' && text[offset] === '\n';
	return text.slice(0, inBreak ? offset - 1 : offset).split(/\r\n|\r|\n/).length - 1;
};

/** The 0-based column of an offset, counted the same independent way (past a `\r` of a `\r\n`: one more). */
const naiveColumn = (text: string, offset: number) => {
	const inBreak = text[offset - 1] === '\r' && text[offset] === '\n';
	return text.slice(0, inBreak ? offset - 1 : offset).split(/\r\n|\r|\n/).at(-1)!.length + (inBreak ? 1 : 0);
};

test('each offset, asked in any order, is on the line a split of the text gives, and lineStart is where that line starts', () => {
	const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', '"');
	fc.assert(
		fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), fc.array(fc.nat(), { maxLength: 20 }), (text, picks) => {
			const lines = lineTable(text);
			// In text order (the engine's usual order, which the remembered line serves), then at random.
			const offsets = [...Array.from({ length: text.length + 1 }, (_, offset) => offset), ...picks.map((pick) => pick % (text.length + 1))];
			for (const offset of offsets) {
				const line = lines.lineOf(offset);
				expect(line, `${JSON.stringify(text)} @${offset}`).toBe(naiveLine(text, offset));
				expect(lines.columnOf(offset, line), `${JSON.stringify(text)} @${offset}`).toBe(naiveColumn(text, offset));
				expect(naiveLine(text, lines.lineStart(line))).toBe(line);
				expect(lines.lineStart(line) === 0 || /[\r\n]/.test(text[lines.lineStart(line) - 1]!)).toBe(true);
			}
		})
	);
});

test('range gives both ends the line and column a split of the text gives, 1-based, whatever their order', () => {
	const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', '"');
	// The end most often a little past the start (the engine's ranges), sometimes before it or past the text.
	const spans = fc.array(fc.tuple(fc.nat(), fc.integer({ min: -8, max: 8 })), { maxLength: 20 });
	fc.assert(
		fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), spans, fc.boolean(), (text, picks, sorted) => {
			const lines = lineTable(text);
			const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
			// In text order (the engine's, where the end is most often on the start's line), or at random.
			const starts = picks.map(([pick]) => pick % (text.length + 1));
			if (sorted) starts.sort((a, b) => a - b);
			starts.forEach((start, index) => {
				const end = start + picks[index]![1];
				expect(lines.range(start, end), `${JSON.stringify(text)} ${start}-${end}`).toEqual({
					start,
					end,
					startLine: naiveLine(text, start) + 1,
					startColumn: naiveColumn(text, start) + 1,
					endLine: naiveLine(text, clamp(end)) + 1,
					endColumn: naiveColumn(text, clamp(end)) + 1,
				});
			});
		})
	);
});

test('an offset outside the text is clamped to it', () => {
	const lines = lineTable('a\nb');
	expect(lines.lineOf(-5)).toBe(0);
	expect(lines.lineOf(99)).toBe(1);
	expect(lines.columnOf(-5, 0)).toBe(0);
	expect(lines.columnOf(99, 1)).toBe(1);
});
