import { describe, expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { sourcePositions } from '../validation/sourcePositions';
import { validate, type SourceRange } from '../validation/validate';
import { markerRange } from './markerRange';

/** The range of `start..end` in `text`, as the engine reports it. */
function rangeIn(text: string, start: number, end = start): SourceRange {
	const positions = sourcePositions(text);
	const from = positions(start);
	const to = positions(end);
	return { start, end, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}
const linesOf = (text: string) => (line: number) => text.split(/\r\n|\r|\n/)[line - 1] ?? '';
/** What a marker covers in the text, read back through its lines and columns. */
function covered(text: string, marker: ReturnType<typeof markerRange>): string {
	const lines = text.split(/\r\n|\r|\n/);
	if (marker.startLineNumber === marker.endLineNumber) {
		return lines[marker.startLineNumber - 1]!.slice(marker.startColumn - 1, marker.endColumn - 1);
	}
	return [
		lines[marker.startLineNumber - 1]!.slice(marker.startColumn - 1),
		...lines.slice(marker.startLineNumber, marker.endLineNumber - 1),
		lines[marker.endLineNumber - 1]!.slice(0, marker.endColumn - 1),
	].join('\n');
}

describe('markerRange', () => {
	test('a non-empty range is drawn exactly as it is, on one line or several', () => {
		const text = 'let value = {\n  status: `Sta\nrted`,\n};';
		const start = text.indexOf('`');
		const marker = markerRange(rangeIn(text, start, text.indexOf(',', start)), linesOf(text));
		expect(marker).toEqual({ startLineNumber: 2, startColumn: 11, endLineNumber: 3, endColumn: 6 });
		expect(covered(text, marker)).toBe('`Sta\nrted`');
	});

	test('an empty range inside a line covers the character at its position', () => {
		const text = '{"a": 1}';
		expect(markerRange(rangeIn(text, 0), linesOf(text))).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 });
		expect(covered(text, markerRange(rangeIn(text, 5), linesOf(text)))).toBe(' ');
	});

	test('an empty range at the end of a line or of the text covers the character before it', () => {
		const text = '{\n  "status": "started"\n';
		const marker = markerRange(rangeIn(text, text.indexOf('\n', 2)), linesOf(text));
		expect(marker).toEqual({ startLineNumber: 2, startColumn: 21, endLineNumber: 2, endColumn: 22 });
		expect(covered(text, marker)).toBe('"');
		const open = '{"status": "started"';
		expect(covered(open, markerRange(rangeIn(open, open.length), linesOf(open)))).toBe('"');
	});

	test('a character outside the BMP is covered whole, never half a surrogate pair', () => {
		const text = '"\u{1F600}\u{1F600}';
		expect(covered(text, markerRange(rangeIn(text, 1), linesOf(text)))).toBe('\u{1F600}');
		expect(covered(text, markerRange(rangeIn(text, text.length), linesOf(text)))).toBe('\u{1F600}');
	});

	test('an empty range on an empty line stays empty (Monaco draws it one character wide)', () => {
		expect(markerRange(rangeIn('', 0), linesOf(''))).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 });
		const text = '{\n\n}';
		expect(markerRange(rangeIn(text, 2), linesOf(text))).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 1 });
	});

	test("the engine's empty-range problems all become visible markers", () => {
		const model = getModel('createorupdateauthsessionstart');
		const cases = [
			{ text: '{"status": "started", "operationId": "x"', options: {} },
			{ text: '{', options: {} },
			{ text: `{"status": "started", "operationId": "${'x'.repeat(200)}"}`, options: { maxLength: 100 } },
		];
		for (const { text, options } of cases) {
			const [problem] = validate(text, model, options).problems;
			expect(problem!.range.end, text).toBe(problem!.range.start);
			expect(covered(text, markerRange(problem!.range, linesOf(text))).length, text).toBe(1);
		}
	});
});
