/**
 * The Monaco editor, loaded on demand. Only slim entry points: the editor core here, and the few
 * features used in `monacoFeatures.ts`, loaded after the first line (`loadMonacoFeatures`). No
 * language worker: the playground's own engine gives the diagnostics, and completion and hover
 * come from the model's JSON Schema through `languageFeatures`, for JSON and TypeScript alike, on
 * the main thread (they only scan up to the cursor).
 */
import * as monaco from 'monaco-editor/editor';
// Registers the TypeScript grammar only; Monaco fetches it the first time a model uses it.
import 'monaco-editor/languages/definitions/typescript/register';
import type { SdkConstants } from '../validation/typeScriptExpressions';
import type { Severity, ShownVerdict } from '../validation/validate';
import { MAX_SHOWN_PROBLEMS, type EditorAdapter } from './editorAdapter';
import { completionsAt, hoverAt } from './languageFeatures';
import { markerRange } from './markerRange';
import type { JsonSchemaNode } from './schemaAt';
import type { EditorMode } from './shareLink';

export interface MonacoEditorOptions {
	text: string;
	/** Unique per playground. */
	uri: string;
	ariaLabel: string;
	dark: boolean;
	mode: EditorMode;
	/** The model's published JSON Schema, for completion and hover. */
	jsonSchema: unknown;
	/** Id of the element that describes the value (the status line), for `aria-describedby`. */
	describedBy?: string;
	/**
	 * On a docs page the editor is one stop in the page's Tab order: Tab passes over it until the
	 * reader presses Enter on it (or clicks), and Escape leaves it again.
	 */
	embedded?: boolean;
	/** Shift+Alt+F and the context menu's "Format Document". */
	onFormat?: () => void;
	/** The SDK's enum constants: hover on `Enum.Member` shows its value (TypeScript mode). */
	constants?: SdkConstants;
}

const LANGUAGE: Record<EditorMode, string> = { json: 'json', typescript: 'typescript' };
const MARKER_SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
	error: monaco.MarkerSeverity.Error,
	warning: monaco.MarkerSeverity.Warning,
	// A part of the value that is not checked: a quiet marker, never an error.
	info: monaco.MarkerSeverity.Info,
};

/** Per editor model: what completion and hover use, and the problems (with their fixes) on screen. */
const documents = new Map<
	string,
	{
		schema: JsonSchemaNode;
		mode: EditorMode;
		constants?: SdkConstants;
		problems?: ShownVerdict['problems'];
		/** Where the checked value starts (TypeScript mode), from the latest verdict that found it. */
		valueStart?: number;
	}
>();

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
		// None: the list opens when the reader asks for it (Ctrl+Space), so Enter accepts a suggestion
		// only then; a list popping up on its own would turn the next Enter into a completion.
		triggerCharacters: [],
		provideCompletionItems(model, position) {
			const document = documents.get(model.uri.toString());
			if (!document) return { suggestions: [] };
			const text = model.getValue();
			const offset = model.getOffsetAt(position);
			const entries = completionsAt(text, offset, document.schema, document.mode, {
				start: document.mode === 'typescript' ? (document.valueStart ?? 0) : 0,
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
	monaco.languages.registerCodeActionProvider(language, {
		provideCodeActions(model, range) {
			const problems = documents.get(model.uri.toString())?.problems ?? [];
			const start = model.getOffsetAt(range.getStartPosition());
			const end = model.getOffsetAt(range.getEndPosition());
			const actions = problems
				.filter((problem) => problem.fixes && problem.range.start <= end && problem.range.end >= start)
				.flatMap((problem) =>
					problem.fixes!.map((fix) => ({
						title: fix.title,
						kind: 'quickfix',
						isPreferred: true,
						diagnostics: [],
						edit: {
							edits: fix.edits.map((edit) => ({
								resource: model.uri,
								versionId: model.getVersionId(),
								textEdit: {
									range: monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end)),
									text: edit.text,
								},
							})),
						},
					}))
				);
			return { actions, dispose: () => undefined };
		},
	});
	monaco.languages.registerHoverProvider(language, {
		provideHover(model, position) {
			const document = documents.get(model.uri.toString());
			if (!document) return null;
			const text = model.getValue();
			const hover = hoverAt(text, model.getOffsetAt(position), document.schema, {
				start: document.mode === 'typescript' ? (document.valueStart ?? 0) : 0,
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

let features: Promise<unknown> | undefined;

/**
 * Loads the editor's features (find, hover, quick fixes, the completion list, folding, the context
 * menu...) and gives them to every editor, made before or after. Called once the first line is
 * drawn: until they come, the editor shows, edits and marks problems with its core alone. After a
 * failed load, the next call (a playground mounted later) asks again.
 */
export function loadMonacoFeatures(): Promise<unknown> {
	features ??= import('./monacoFeatures').catch((error: unknown) => {
		features = undefined;
		throw error;
	});
	return features;
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
		// Suggestions come from the schema only (the build has no editor worker for word-based ones).
		wordBasedSuggestions: 'off',
		quickSuggestions: false,
		suggestOnTriggerCharacters: false,
		wordWrap: 'on',
		// A bracket or quote typed over a selection replaces it instead of wrapping it: Monaco 0.57's
		// bracket-pair parser could loop until the tab ran out of memory after a wrap (README).
		autoSurround: 'never',
		// Menus in the page's DOM, where the styles injected with the editor reach them.
		useShadowDOM: false,
		...(options.embedded && { tabIndex: -1 }),
	});
	// The element that takes the keyboard: Monaco's textarea, in every browser (the build leaves out
	// the EditContext path Monaco would pick in Chromium: scripts/viteMonacoStubs.mjs).
	const input = host.querySelector('textarea.inputarea');
	if (options.describedBy) input?.setAttribute('aria-describedby', options.describedBy);

	if (options.onFormat) {
		editor.addAction({
			id: 'playground.format',
			label: 'Format Document',
			keybindings: [monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF],
			contextMenuGroupId: '1_modification',
			run: () => options.onFormat!(),
		});
	}
	// Escape (when no widget is open) leaves the editor for its frame, so Tab moves on from there.
	host.tabIndex = options.embedded ? 0 : -1;
	if (options.embedded) {
		host.setAttribute('role', 'group');
		host.setAttribute('aria-label', `${options.ariaLabel} Press Enter to edit, Escape to leave.`);
		host.addEventListener('keydown', (event) => {
			if (event.target === host && event.key === 'Enter') {
				event.preventDefault();
				editor.focus();
			}
		});
	}
	editor.addCommand(
		monaco.KeyCode.Escape,
		() => host.focus(),
		'editorTextFocus && !suggestWidgetVisible && !findWidgetVisible && !markersNavigationVisible && !parameterHintsVisible'
	);

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
		applyEdits(edits, select) {
			editor.pushUndoStop();
			editor.executeEdits(
				'playground-fix',
				edits.map((edit) => ({
					range: monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end)),
					text: edit.text,
				}))
			);
			editor.pushUndoStop();
			if (select) {
				const start = model.getPositionAt(select.start);
				const end = model.getPositionAt(select.end);
				editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
			}
			editor.focus();
		},
		onChange: (listener) => void editor.onDidChangeModelContent(() => listener()),
		configure(mode, jsonSchema) {
			documents.set(key, { ...documents.get(key), schema: jsonSchema as JsonSchemaNode, mode, constants });
			if (model.getLanguageId() !== LANGUAGE[mode]) monaco.editor.setModelLanguage(model, LANGUAGE[mode]);
		},
		showProblems(verdict: ShownVerdict) {
			input?.setAttribute('aria-invalid', String(!verdict.valid));
			const document = documents.get(key);
			if (document) {
				document.problems = verdict.problems.slice(0, MAX_SHOWN_PROBLEMS);
				// The reader finds the value (after `let value: Model =`, or an SDK call's body argument);
				// while the text does not read, completion keeps the last place it found.
				if (verdict.valueStart !== undefined) document.valueStart = verdict.valueStart;
			}
			const markers = verdict.problems.slice(0, MAX_SHOWN_PROBLEMS).map((problem) => ({
				severity: MARKER_SEVERITY[problem.severity],
				// Markers are plain text: `code` loses its backticks.
				message: problem.message.replaceAll('`', ''),
				// An empty range (e.g. at the end of the text) still gets a visible squiggle.
				...markerRange(problem.range, (line) => (line <= model.getLineCount() ? model.getLineContent(line) : '')),
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
