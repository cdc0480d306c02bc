import fc from 'fast-check';
import { expect, test } from 'vitest';
import { filterReach, loadMonacoModule, monacoModuleSource } from './loadMonacoModule.test-helper';
import { LINE_BREAKS_MODULE, fastLineBreaks, monacoLineBreaks } from './viteMonacoLineBreaks.mjs';

const original = monacoModuleSource(LINE_BREAKS_MODULE);

interface LineBreaksComputer {
	addRequest(lineNumber: number, previous: null): void;
	finalize(): unknown[];
}
interface LineBreaksModule {
	MonospaceLineBreaksComputerFactory: new (breakBefore: string, breakAfter: string) => {
		createLineBreaksComputer(
			context: { getLineContent(line: number): string; getLineInjectedText(line: number): unknown },
			fontInfo: { typicalHalfwidthCharacterWidth: number; typicalFullwidthCharacterWidth: number; fontSize: number },
			tabSize: number,
			wrappingColumn: number,
			wrappingIndent: number,
			wordBreak: 'normal' | 'keepAll',
			wrapOnEscapedLineFeeds: boolean,
			useTwoCellFullwidthCharacters: boolean
		): LineBreaksComputer;
	};
}

const load = (source: string) => loadMonacoModule<LineBreaksModule>(LINE_BREAKS_MODULE, source);

// Monaco's defaults for the characters a line may break before and after.
const BREAK_BEFORE = '([{‘“〈《「『【〔（［｛｢£¥＄￡￥+＋';
const BREAK_AFTER = ' \t})]?|/&.,;¢°′″‰℃、。｡､￠，．：；？！％・･ゝゞヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ｧｨｩｪｫｬｭｮｯｰ”〉》」』】〕）］｝｣';

interface Case {
	lines: string[];
	wrappingColumn: number;
	tabSize: number;
	halfwidth: number;
	fullwidth: number;
	wrappingIndent: number;
	wordBreak: 'normal' | 'keepAll';
	wrapOnEscapedLineFeeds: boolean;
	twoCell: boolean;
}

function lineBreaks(module: LineBreaksModule, options: Case): unknown[] {
	const factory = new module.MonospaceLineBreaksComputerFactory(BREAK_BEFORE, BREAK_AFTER);
	const computer = factory.createLineBreaksComputer(
		{ getLineContent: (line) => options.lines[line - 1]!, getLineInjectedText: () => null },
		{ typicalHalfwidthCharacterWidth: options.halfwidth, typicalFullwidthCharacterWidth: options.fullwidth, fontSize: 14 },
		options.tabSize,
		options.wrappingColumn,
		options.wrappingIndent,
		options.wordBreak,
		options.wrapOnEscapedLineFeeds,
		options.twoCell
	);
	options.lines.forEach((_, index) => computer.addRequest(index + 1, null));
	return computer.finalize();
}

test('the installed Monaco has the code the fast path extends (once), and the patched module differs only there', () => {
	const fast = fastLineBreaks(original);
	expect(fast).not.toBe(original);
	expect(fast.replace(/ {4}\/\/ Patched[^\n]*\n {4}if [^\n]*\n {8}return null;\n {4}\}\n/, '')).toBe(original);
});

test('another version of the module fails the build instead of skipping a walk that may have changed', () => {
	expect(() => fastLineBreaks(original.replace('function createLineBreaks(', 'function computeLineBreaks('))).toThrow(/0\.57/);
	expect(() => fastLineBreaks(original + original)).toThrow(/0\.57/);
});

test("with the fast path, every line breaks where Monaco's own walk breaks it", async () => {
	const [monaco, fast] = await Promise.all([load(original), load(fastLineBreaks(original))]);
	// Lines near the wrapping column, mostly printable ASCII, sometimes with a tab, a control
	// character, a wide character, an emoji or an escaped line feed.
	const character = fc.oneof(
		{ weight: 12, arbitrary: fc.constantFrom('a', 'b', ' ', '"', ':', ',', '{', '}', '.', '-', '\\', 'n') },
		{ weight: 1, arbitrary: fc.constantFrom('\t', '\u0001', '日', '本', '😀', 'é', '\u007f', '、') }
	);
	const line = fc.array(character, { maxLength: 90 }).map((characters) => characters.join(''));
	const cases = fc.record({
		lines: fc.array(line, { minLength: 1, maxLength: 8 }),
		wrappingColumn: fc.oneof(fc.integer({ min: 1, max: 90 }), fc.constant(-1)),
		tabSize: fc.integer({ min: 1, max: 8 }),
		halfwidth: fc.constantFrom(7, 7.7, 8.4, 8.43, 9.6),
		fullwidth: fc.constantFrom(14, 15.4, 16.8, 12.1),
		wrappingIndent: fc.integer({ min: 0, max: 3 }),
		wordBreak: fc.constantFrom<'normal' | 'keepAll'>('normal', 'keepAll'),
		wrapOnEscapedLineFeeds: fc.boolean(),
		twoCell: fc.boolean(),
	});
	fc.assert(
		fc.property(cases, (options) => {
			expect(lineBreaks(fast, options)).toEqual(lineBreaks(monaco, options));
		}),
		{ numRuns: 3000 }
	);
	// The fast path is taken: a short line of printable ASCII, in a wide enough editor.
	const short: Case = { lines: ['  "key": "value",'], wrappingColumn: 80, tabSize: 2, halfwidth: 8.4, fullwidth: 16.8, wrappingIndent: 0, wordBreak: 'normal', wrapOnEscapedLineFeeds: false, twoCell: false };
	expect(lineBreaks(fast, short)).toEqual([null]);
	expect(lineBreaks(fast, { ...short, lines: ['x'.repeat(100)] })).not.toEqual([null]);
});

test('only the patched module reaches the transform (its filter), whatever the query', () => {
	expect(filterReach(monacoLineBreaks(), LINE_BREAKS_MODULE, 'vs/editor/common/viewModel/viewModelLines.js')).toEqual({
		module: true,
		withQuery: true,
		neighbour: false,
	});
});
