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

test('an offset outside the text is clamped to it', () => {
	const lines = lineTable('a\nb');
	expect(lines.lineOf(-5)).toBe(0);
	expect(lines.lineOf(99)).toBe(1);
	expect(lines.columnOf(-5, 0)).toBe(0);
	expect(lines.columnOf(99, 1)).toBe(1);
});
