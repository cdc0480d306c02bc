import fc from 'fast-check';
import { expect, test } from 'vitest';
import { filterReach, loadMonacoModule, monacoModuleSource, monacoModuleUrl } from './loadMonacoModule.test-helper';
import { TEXT_MODEL_MODULE, emptyInjectedText, monacoInjectedText } from './viteMonacoInjectedText.mjs';

const original = monacoModuleSource(TEXT_MODEL_MODULE);

interface Range {
	startLineNumber: number;
	startColumn: number;
	endLineNumber: number;
	endColumn: number;
}
interface TextModel {
	getLineCount(): number;
	getLineMaxColumn(line: number): number;
	getLineInjectedText(line: number, ownerId?: number): unknown[];
	applyEdits(edits: { range: Range; text: string }[]): void;
	deltaDecorations(old: string[], added: { range: Range; options: object }[], ownerId?: number): string[];
	dispose(): void;
}
type TextModelClass = new (...args: unknown[]) => TextModel;

const load = async (source: string) => (await loadMonacoModule<{ TextModel: TextModelClass }>(TEXT_MODEL_MODULE, source)).TextModel;

/** What a text model needs around it, from Monaco's own services (a stand-in where one needs a browser). */
async function modelServices() {
	const from = (path: string) => import(/* @vite-ignore */ monacoModuleUrl(path).href);
	const [{ InstantiationService }, { ServiceCollection }, { ILanguageService }, { LanguageService }, registry, { IConfigurationService }, { UndoRedoService }, { ITreeSitterLibraryService }] =
		await Promise.all([
			from('vs/platform/instantiation/common/instantiationService.js'),
			from('vs/platform/instantiation/common/serviceCollection.js'),
			from('vs/editor/common/languages/language.js'),
			from('vs/editor/common/services/languageService.js'),
			from('vs/editor/common/languages/languageConfigurationRegistry.js'),
			from('vs/platform/configuration/common/configuration.js'),
			from('vs/platform/undoRedo/common/undoRedoService.js'),
			from('vs/editor/common/services/treeSitter/treeSitterLibraryService.js'),
		]);
	const languageService = new LanguageService();
	const services = new ServiceCollection(
		[ILanguageService, languageService],
		[IConfigurationService, { getValue: () => undefined, onDidChangeConfiguration: () => ({ dispose() {} }) }],
		[ITreeSitterLibraryService, { supportsLanguage: () => false }]
	);
	const instantiation = new InstantiationService(services);
	const languageConfiguration = instantiation.createInstance(registry.LanguageConfigurationService);
	services.set(registry.ILanguageConfigurationService, languageConfiguration);
	const undoRedo = new UndoRedoService({}, {});
	return (Model: TextModelClass & { DEFAULT_CREATION_OPTIONS: object }, text: string) =>
		new Model(text, 'plaintext', Model.DEFAULT_CREATION_OPTIONS, null, undoRedo, languageService, languageConfiguration, instantiation);
}

test('the installed Monaco has the code the patch extends (once)', () => {
	expect(emptyInjectedText(original)).not.toBe(original);
	expect(() => emptyInjectedText(original.replace('getLineInjectedText(lineNumber, ownerId = 0) {', 'getLineInjectedText(line, owner = 0) {'))).toThrow(/0\.57/);
	expect(() => emptyInjectedText(original.replace(', IntervalTree } from', ', IntervalTree as Tree } from'))).toThrow(/0\.57/);
});

type Step =
	| { kind: 'edit'; at: number; length: number; text: string }
	| { kind: 'decorate'; at: number; length: number; injected: 'none' | 'before' | 'after'; collapsed: boolean; owner: number }
	| { kind: 'remove'; which: number };

test("patched, every line's injected text is Monaco's own, through edits and decorations added and removed", async () => {
	const [Monaco, Patched] = (await Promise.all([load(original), load(emptyInjectedText(original))])) as (TextModelClass & {
		DEFAULT_CREATION_OPTIONS: object;
	})[];
	const create = await modelServices();
	const step: fc.Arbitrary<Step> = fc.oneof(
		fc.record({ kind: fc.constant('edit' as const), at: fc.nat(60), length: fc.nat(6), text: fc.constantFrom('', 'x', 'ab\n', '\n', 'c\nd\ne') }),
		fc.record({
			kind: fc.constant('decorate' as const),
			at: fc.nat(60),
			length: fc.nat(8),
			injected: fc.constantFrom('none' as const, 'before' as const, 'after' as const),
			collapsed: fc.boolean(),
			owner: fc.constantFrom(0, 1, 2),
		}),
		fc.record({ kind: fc.constant('remove' as const), which: fc.nat(10) })
	);
	fc.assert(
		fc.property(fc.constantFrom('', 'one', 'a\nbc\n\ndef', 'x\ny\nz\nw'), fc.array(step, { maxLength: 14 }), (text, steps) => {
			const models = [create(Monaco, text), create(Patched, text)];
			const decorations: string[][] = [[], []];
			try {
				for (const next of steps) {
					models.forEach((model, index) => {
						const rangeOf = (at: number, length: number): Range => {
							const { lineNumber: startLine, column: startColumn } = positionAt(model, at);
							const { lineNumber: endLine, column: endColumn } = positionAt(model, at + length);
							return { startLineNumber: startLine, startColumn, endLineNumber: endLine, endColumn };
						};
						if (next.kind === 'edit') model.applyEdits([{ range: rangeOf(next.at, next.length), text: next.text }]);
						else if (next.kind === 'decorate') {
							const options = {
								description: 'test',
								showIfCollapsed: next.collapsed,
								...(next.injected !== 'none' && { [next.injected]: { content: 'hint' } }),
							};
							decorations[index]!.push(...model.deltaDecorations([], [{ range: rangeOf(next.at, next.length), options }], next.owner));
						} else {
							const list = decorations[index]!;
							if (list.length > 0) model.deltaDecorations(list.splice(next.which % list.length, 1), []);
						}
					});
					const [monaco, patched] = models as [TextModel, TextModel];
					expect(patched.getLineCount()).toBe(monaco.getLineCount());
					for (let line = 1; line <= monaco.getLineCount(); line++)
						for (const owner of [0, 1, 2]) expect(patched.getLineInjectedText(line, owner)).toEqual(monaco.getLineInjectedText(line, owner));
				}
			} finally {
				for (const model of models) model.dispose();
			}
		}),
		{ numRuns: 300 }
	);
});

test('patched, a model with no injected text answers without looking up any line, and looks them up again once it has some', async () => {
	const Patched = (await load(emptyInjectedText(original))) as TextModelClass & { DEFAULT_CREATION_OPTIONS: object };
	const model = (await modelServices())(Patched, 'a\nbc\nd') as TextModel & { _buffer: { getOffsetAt(line: number, column: number): number } };
	const buffer = model._buffer;
	const getOffsetAt = buffer.getOffsetAt.bind(buffer);
	let lookups = 0;
	buffer.getOffsetAt = (line, column) => (lookups++, getOffsetAt(line, column));
	const askEveryLine = () => {
		lookups = 0;
		for (let line = 1; line <= model.getLineCount(); line++) model.getLineInjectedText(line);
		return lookups;
	};
	try {
		expect(askEveryLine()).toBe(0);
		const plain = model.deltaDecorations([], [{ range: { startLineNumber: 1, startColumn: 1, endLineNumber: 2, endColumn: 2 }, options: { description: 'test' } }]);
		expect(askEveryLine()).toBe(0);
		const hint = model.deltaDecorations([], [{ range: { startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 2 }, options: { description: 'test', after: { content: 'hint' } } }]);
		expect(askEveryLine()).toBeGreaterThan(0);
		model.deltaDecorations(hint, []);
		expect(askEveryLine()).toBe(0);
		model.deltaDecorations(plain, []);
	} finally {
		model.dispose();
	}
});

/** The position `offset` characters into the model (clamped to its end), counting a line break as one. */
function positionAt(model: TextModel, offset: number): { lineNumber: number; column: number } {
	let rest = offset;
	for (let line = 1; line <= model.getLineCount(); line++) {
		const length = model.getLineMaxColumn(line) - 1;
		if (rest <= length || line === model.getLineCount()) return { lineNumber: line, column: Math.min(rest, length) + 1 };
		rest -= length + 1;
	}
	return { lineNumber: 1, column: 1 };
}

test('only the patched module reaches the transform, whatever the query', () => {
	expect(filterReach(monacoInjectedText(), TEXT_MODEL_MODULE, 'vs/editor/common/model/textModel2.js')).toEqual({ module: true, withQuery: true, neighbour: false });
});
