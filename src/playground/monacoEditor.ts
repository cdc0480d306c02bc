/**
 * The Monaco editor, loaded on demand. Only the slim entry points: the editor core, the JSON
 * language (completion and hover from the model's JSON Schema), and the few features used.
 * Diagnostics come from our own engine, never from the JSON worker, so each problem shows once.
 */
import * as monaco from 'monaco-editor/editor';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import type { Verdict } from '../validation/validate';
import { MAX_SHOWN_PROBLEMS, type EditorAdapter } from './editorAdapter';

self.MonacoEnvironment = {
	getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

export interface MonacoEditorOptions {
	text: string;
	/** Unique per playground; the JSON Schema is bound to it. */
	uri: string;
	ariaLabel: string;
	dark: boolean;
	/** The published JSON Schema, for completion and hover; undefined switches them off. */
	jsonSchema?: { uri: string; schema: unknown };
}

/** Past these, the JSON worker (which recurses) is kept away from the text: plain text mode. */
const LANGUAGE_SERVICE_LIMITS = { maxDepth: 100, maxLength: 2 * 1024 * 1024 };

export function setMonacoTheme(dark: boolean): void {
	monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
}

export function setJsonSchema(modelUri: string, jsonSchema: MonacoEditorOptions['jsonSchema']): void {
	jsonDefaults.setDiagnosticsOptions({
		validate: false,
		allowComments: false,
		enableSchemaRequest: false,
		schemas: jsonSchema ? [{ uri: jsonSchema.uri, fileMatch: [modelUri], schema: jsonSchema.schema }] : [],
	});
}

export function monacoEditor(host: HTMLElement, options: MonacoEditorOptions): EditorAdapter & {
	/** Whether completion/hover are on; off for text too deep or large for the JSON worker. */
	languageServiceOn(): boolean;
} {
	setJsonSchema(options.uri, options.jsonSchema);
	setMonacoTheme(options.dark);
	const model = monaco.editor.createModel(options.text, 'json', monaco.Uri.parse(options.uri));
	const editor = monaco.editor.create(host, {
		model,
		ariaLabel: options.ariaLabel,
		automaticLayout: true,
		minimap: { enabled: false },
		scrollBeyondLastLine: false,
		fontSize: 14,
		tabSize: 2,
		fixedOverflowWidgets: true,
		renderValidationDecorations: 'on',
		accessibilitySupport: 'auto',
		// The problems list beside the editor explains each marker; hovering shows it too.
		hover: { enabled: 'on' },
	});
	let languageOn = true;

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
		showProblems(verdict: Verdict) {
			const wantLanguage =
				verdict.maxDepth <= LANGUAGE_SERVICE_LIMITS.maxDepth && model.getValueLength() <= LANGUAGE_SERVICE_LIMITS.maxLength;
			if (wantLanguage !== languageOn) {
				languageOn = wantLanguage;
				monaco.editor.setModelLanguage(model, wantLanguage ? 'json' : 'plaintext');
			}
			const markers = verdict.problems.slice(0, MAX_SHOWN_PROBLEMS).map((problem) => ({
				severity: problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
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
		languageServiceOn: () => languageOn,
		dispose() {
			editor.dispose();
			model.dispose();
		},
	};
}
