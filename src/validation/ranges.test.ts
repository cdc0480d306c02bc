import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exampleSnippet } from '../lib/exampleSnippet';
import { getModel } from '../schemas/registry';
import { nearModelValue } from './arbitraries.test-helper';
import { validate, type SourceRange, type Verdict } from './validate';
import { validateTypeScript } from './validateTypeScript';

// Whole ranges, both ends: offsets and 1-based line/column (UTF-16 columns, as Monaco counts them;
// the end is exclusive). Each expected range below was counted by hand from the text.

const model = getModel('createorupdateauthsessionstart');

const whole = (verdict: Verdict, text: string) =>
	verdict.problems.map((problem) => ({
		code: problem.code,
		covers: text.slice(problem.range.start, problem.range.end),
		range: problem.range,
		...(problem.related && { related: problem.related.range }),
	}));

/** Line and column of an offset, counted independently of the engine: `\r\n`, `\r` and `\n` end a line. */
function lineColumn(text: string, offset: number) {
	const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
	return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function expectConsistent(range: SourceRange, text: string) {
	expect(0 <= range.start && range.start <= range.end && range.end <= text.length, JSON.stringify(range)).toBe(true);
	const start = lineColumn(text, range.start);
	const end = lineColumn(text, range.end);
	expect(range).toEqual({
		start: range.start,
		end: range.end,
		startLine: start.line,
		startColumn: start.column,
		endLine: end.line,
		endColumn: end.column,
	});
}

describe('problem ranges: both ends, exactly', () => {
	test('a wrong value on line 2', () => {
		const text = '{\n  "status": "Started",\n  "operationId": "x"\n}';
		expect(whole(validate(text, model), text)).toEqual([
			{
				code: 'invalid_value',
				covers: '"Started"',
				range: { start: 14, end: 23, startLine: 2, startColumn: 13, endLine: 2, endColumn: 22 },
			},
		]);
	});

	test('an unknown key after a character outside the BMP (two UTF-16 units)', () => {
		const text = '{"status": "started", "operationId": "\u{1F600}", "extra": 1}';
		expect(whole(validate(text, model), text)).toEqual([
			{
				code: 'unknown_property',
				covers: '"extra"',
				range: { start: 43, end: 50, startLine: 1, startColumn: 44, endLine: 1, endColumn: 51 },
			},
		]);
	});

	test('a missing key: the head of the object that lacks it', () => {
		const text = '{\n  "status": "started"\n}';
		expect(whole(validate(text, model), text)).toEqual([
			{
				code: 'missing_property',
				covers: '{',
				range: { start: 0, end: 1, startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
			},
		]);
	});

	test('a duplicate key and the kept copy it points at', () => {
		const text = '{\n  "status": "Started",\n  "status": "started",\n  "operationId": "x"\n}';
		expect(whole(validate(text, model), text)).toEqual([
			{
				code: 'duplicate_key',
				covers: '"status"',
				range: { start: 4, end: 12, startLine: 2, startColumn: 3, endLine: 2, endColumn: 11 },
				related: { start: 27, end: 35, startLine: 3, startColumn: 3, endLine: 3, endColumn: 11 },
			},
		]);
	});

	test('CRLF and CR line breaks', () => {
		const text = '{\r\n"status": "Started",\r"operationId": "x"}';
		expect(whole(validate(text, model), text)).toEqual([
			{
				code: 'invalid_value',
				covers: '"Started"',
				range: { start: 13, end: 22, startLine: 2, startColumn: 11, endLine: 2, endColumn: 20 },
			},
		]);
	});

	test('a syntax error covers its token', () => {
		const text = '{\n  "status": "started",\n  "operationId": "x",\n}';
		expect(whole(validate(text, model), text)).toEqual([
			{
				code: 'syntax',
				covers: ',',
				range: { start: 45, end: 46, startLine: 3, startColumn: 21, endLine: 3, endColumn: 22 },
			},
		]);
	});

	test('empty ranges: the end of the text, and text over the size limit', () => {
		const open = '{"status": "started"';
		expect(whole(validate(open, model), open)).toEqual([
			{
				code: 'syntax',
				covers: '',
				range: { start: 20, end: 20, startLine: 1, startColumn: 21, endLine: 1, endColumn: 21 },
			},
		]);
		const large = `{\n${' '.repeat(200)}}`;
		expect(whole(validate(large, model, { maxLength: 100 }), large)).toEqual([
			{
				code: 'too_large',
				covers: '',
				range: { start: 0, end: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
			},
		]);
	});

	test('TypeScript mode: a value spanning two lines (a template string)', () => {
		const text = 'let value = {\n  status: `Sta\nrted`,\n  operationId: "x",\n};';
		expect(whole(validateTypeScript(text, model), text)).toEqual([
			{
				code: 'invalid_value',
				covers: '`Sta\nrted`',
				range: { start: 24, end: 34, startLine: 2, startColumn: 11, endLine: 3, endColumn: 6 },
			},
		]);
	});

	test('property: every range, in JSON and TypeScript mode, agrees with its offsets at both ends', () => {
		const breaks = fc.constantFrom('\n', '\r\n', '\r');
		fc.assert(
			fc.property(nearModelValue, fc.constantFrom(0, 2), breaks, (value, indent, lineBreak) => {
				const json = JSON.stringify(value, null, indent).replaceAll('\n', lineBreak);
				const typescript = exampleSnippet(model, value).replaceAll('\n', lineBreak);
				for (const [text, verdict] of [
					[json, validate(json, model)],
					[typescript, validateTypeScript(typescript, model)],
				] as const) {
					for (const problem of verdict.problems) {
						expectConsistent(problem.range, text);
						if (problem.related) expectConsistent(problem.related.range, text);
					}
				}
			}),
			{ numRuns: 500 }
		);
	});
});
