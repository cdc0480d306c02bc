import fc from 'fast-check';
import { expect, test } from 'vitest';
import { filterReach, loadMonacoModule, monacoModuleSource } from './loadMonacoModule.test-helper';
import { readsEachCharacter, textWithLineBreaks } from './textWithLineBreaks.test-helper';
import { LINE_STARTS_MODULE, monacoLineStarts, searchedLineStarts } from './viteMonacoLineStarts.mjs';

const original = monacoModuleSource(LINE_STARTS_MODULE);

type LineStarts = (text: string, readonly?: boolean) => number[] | Uint16Array | Uint32Array;

const load = async (source: string) =>
	(await loadMonacoModule<{ createLineStartsFast: LineStarts }>(LINE_STARTS_MODULE, source)).createLineStartsFast;

test('the installed Monaco has the code the patch extends (once)', () => {
	expect(searchedLineStarts(original)).not.toBe(original);
	expect(() => searchedLineStarts(original.replace('function createLineStartsFast(', 'function lineStarts('))).toThrow(/0\.57/);
	expect(() => searchedLineStarts(original + original)).toThrow(/0\.57/);
});

test("patched, the line starts of any text are Monaco's own, in the same kind of array", async () => {
	const [monaco, searched] = await Promise.all([load(original), load(searchedLineStarts(original))]);
	const text = textWithLineBreaks(30);
	fc.assert(
		fc.property(text, fc.boolean(), (value, readonly) => {
			const expected = monaco(value, readonly);
			const actual = searched(value, readonly);
			expect(actual.constructor).toBe(expected.constructor);
			expect([...actual]).toEqual([...expected]);
		}),
		{ numRuns: 2000 }
	);
	// Line starts past 65,535 take the wider array.
	const long = `${'x'.repeat(70_000)}\n${'y'.repeat(10)}\nz`;
	expect(searched(long)).toBeInstanceOf(Uint32Array);
	expect([...searched(long)]).toEqual([...monaco(long)]);
});

test('patched, a text with no `\\r` is searched, not walked character by character; one with `\\r` is walked', async () => {
	const searched = await load(searchedLineStarts(original));
	expect(readsEachCharacter(searched, 'ab\ncd\n'.repeat(100))).toBe(false);
	expect(readsEachCharacter(searched, 'ab\r\ncd')).toBe(true);
});

test('only the patched module reaches the transform, whatever the query', () => {
	expect(filterReach(monacoLineStarts(), LINE_STARTS_MODULE, 'vs/editor/common/model/other.js')).toEqual({ module: true, withQuery: true, neighbour: false });
});
