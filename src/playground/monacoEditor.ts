/**
 * The Monaco editor, loaded on demand. Only slim entry points: the editor core and the few
 * features used. No language worker: the playground's own engine gives the diagnostics, and
 * completion and hover come from the model's JSON Schema through `languageFeatures`, for JSON
 * and TypeScript alike, on the main thread (they only scan up to the cursor).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
// The suggest widget itself (the `features/suggest` entry only brings inline completions).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
// Registers the TypeScript grammar only; Monaco fetches it the first time a model uses it.
import 'monaco-editor/languages/definitions/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { SdkConstants } from '../validation/typeScriptExpressions';
import type { Severity, ShownVerdict } from '../validation/validate';
import { MAX_SHOWN_PROBLEMS, type EditorAdapter } from './editorAdapter';
import { completionsAt, hoverAt, valueStart } from './languageFeatures';
import type { JsonSchemaNode } from './schemaAt';
import type { EditorMode } from './shareLink';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface MonacoEditorOptions {
	text: string;
	/** Unique per playground. */
	uri: string;
	ariaLabel: string;
	dark: boolean;
	mode: EditorMode;
	/** The model's published JSON Schema, for completion and hover. */
	jsonSchema: unknown;
	/** The SDK's enum constants: hover on `Enum.Member` shows its value (TypeScript mode). */
	constants?: SdkConstants;
}

const LANGUAGE: Record<EditorMode, string> = { json: 'json', typescript: 'typescript' };

/** Per editor model: what completion and hover should use. */
const documents = new Map<string, { schema: JsonSchemaNode; mode: EditorMode; constants?: SdkConstants }>();

const MARKER_SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
	error: monaco.MarkerSeverity.Error,
	warning: monaco.MarkerSeverity.Warning,
	// A part of the value that is not checked: a quiet marker, never an error.
	info: monaco.MarkerSeverity.Info,
};

monaco.languages.register({ id: 'json', aliases: ['JSON'], extensions: ['.json'] });
monaco.languages.setMonarchTokensProvider('json', {
	tokenizer: {
		root: [
			[/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'string.key.json'],
			[/"(?:[^"\\]|\\.)*"?/, 'string.value.json'],
			[/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
			[/\b(?:true|false|null)\b/, 'keyword'],
			[/[{}[\]]/, 'delimiter.bracket'],
			[/[,:]/, 'delimiter'],
		],
	},
});
monaco.languages.setLanguageConfiguration('json', {
	brackets: [
		['{', '}'],
		['[', ']'],
	],
	autoClosingPairs: [
		{ open: '{', close: '}' },
		{ open: '[', close: ']' },
		{ open: '"', close: '"', notIn: ['string'] },
	],
});

for (const language of Object.values(LANGUAGE)) {
	monaco.languages.registerCompletionItemProvider(language, {
		triggerCharacters: ['"', "'", ':', ' '],
		provideCompletionItems(model, position) {
			const document = documents.get(model.uri.toString());
			if (!document) return { suggestions: [] };
			const text = model.getValue();
			const offset = model.getOffsetAt(position);
			const entries = completionsAt(text, offset, document.schema, document.mode, {
				start: valueStart(text, document.mode),
			});
			return {
				suggestions: entries.map((entry) => ({
					label: entry.label,
					kind:
						entry.kind === 'property'
							? monaco.languages.CompletionItemKind.Property
							: monaco.languages.CompletionItemKind.EnumMember,
					insertText: entry.insertText,
					filterText: entry.filterText,
					detail: entry.detail,
					...(entry.documentation && { documentation: { value: entry.documentation } }),
					range: monaco.Range.fromPositions(
						model.getPositionAt(entry.replace.start),
						model.getPositionAt(Math.max(entry.replace.end, offset))
					),
				})),
			};
		},
	});
	monaco.languages.registerHoverProvider(language, {
		provideHover(model, position) {
			const document = documents.get(model.uri.toString());
			if (!document) return null;
			const text = model.getValue();
			const hover = hoverAt(text, model.getOffsetAt(position), document.schema, {
				start: valueStart(text, document.mode),
				...(document.mode === 'typescript' && { constants: document.constants }),
			});
			if (!hover) return null;
			return {
				contents: [{ value: hover.markdown }],
				range: monaco.Range.fromPositions(model.getPositionAt(hover.range.start), model.getPositionAt(hover.range.end)),
			};
		},
	});
}

export function setMonacoTheme(dark: boolean): void {
	monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
}

export function monacoEditor(host: HTMLElement, options: MonacoEditorOptions): EditorAdapter {
	setMonacoTheme(options.dark);
	const model = monaco.editor.createModel(options.text, LANGUAGE[options.mode], monaco.Uri.parse(options.uri));
	const key = model.uri.toString();
	const { constants } = options;
	documents.set(key, { schema: options.jsonSchema as JsonSchemaNode, mode: options.mode, constants });
	const editor = monaco.editor.create(host, {
		model,
		ariaLabel: options.ariaLabel,
		automaticLayout: true,
		minimap: { enabled: false },
		scrollBeyondLastLine: false,
		fontSize: 14,
		tabSize: 2,
		fixedOverflowWidgets: true,
		// Suggestions come from the schema only; word-based ones would start the editor worker.
		wordBasedSuggestions: 'off',
		quickSuggestions: { strings: true, other: true, comments: false },
	});
	// Code around the checked value (TypeScript mode): dimmed, with no marker.
	const unchecked = editor.createDecorationsCollection();

	return {
		kind: 'monaco',
		getText: () => model.getValue(),
		setText(text) {
			editor.pushUndoStop();
			editor.executeEdits('playground', [{ range: model.getFullModelRange(), text }]);
			editor.pushUndoStop();
			editor.setPosition({ lineNumber: 1, column: 1 });
		},
		onChange: (listener) => void editor.onDidChangeModelContent(() => listener()),
		configure(mode, jsonSchema) {
			documents.set(key, { schema: jsonSchema as JsonSchemaNode, mode, constants });
			if (model.getLanguageId() !== LANGUAGE[mode]) monaco.editor.setModelLanguage(model, LANGUAGE[mode]);
		},
		showProblems(verdict: ShownVerdict) {
			const markers = verdict.problems.slice(0, MAX_SHOWN_PROBLEMS).map((problem) => ({
				severity: MARKER_SEVERITY[problem.severity],
				message: problem.message,
				startLineNumber: problem.range.startLine,
				startColumn: problem.range.startColumn,
				endLineNumber: problem.range.endLine,
				// An empty range (e.g. at the end of the text) still needs a visible squiggle.
				endColumn: problem.range.end === problem.range.start ? problem.range.endColumn + 1 : problem.range.endColumn,
				...(problem.related && {
					relatedInformation: [
						{
							resource: model.uri,
							message: problem.related.message,
							startLineNumber: problem.related.range.startLine,
							startColumn: problem.related.range.startColumn,
							endLineNumber: problem.related.range.endLine,
							endColumn: problem.related.range.endColumn,
						},
					],
				}),
			}));
			monaco.editor.setModelMarkers(model, 'sdk-validation', markers);
			unchecked.set(
				(verdict.uncheckedRanges ?? []).map((range) => ({
					range: new monaco.Range(range.startLine, range.startColumn, range.endLine, range.endColumn),
					options: { inlineClassName: 'pg-unchecked' },
				}))
			);
		},
		reveal(range) {
			const selection = new monaco.Selection(range.startLine, range.startColumn, range.endLine, range.endColumn);
			editor.setSelection(selection);
			editor.revealRangeInCenterIfOutsideViewport(selection);
			editor.focus();
		},
		getCaretOffset: () => model.getOffsetAt(editor.getPosition() ?? { lineNumber: 1, column: 1 }),
		setCaretOffset: (offset) => editor.setPosition(model.getPositionAt(offset)),
		hasFocus: () => editor.hasTextFocus(),
		focus: () => editor.focus(),
		dispose() {
			documents.delete(key);
			editor.dispose();
			model.dispose();
		},
	};
}
