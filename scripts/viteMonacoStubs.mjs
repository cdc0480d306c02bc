// Vite plugin: replaces Monaco modules the playground never runs with small stand-ins, so their code
// (and everything only they import) stays out of the bundle. The editor core imports the diff
// editors, the quick-input picker, workbench lists and trees and the GPU renderer whether or not
// they are used; the playground shows one plain editor and none of those.
//
// Each stand-in lives in src/playground/monacoStubs/ and is loaded *in place of* the original file,
// so its relative imports resolve from the original's folder. A stand-in must export every name
// the remaining Monaco code imports from it; the bundler fails the build if one is missing.
// The map is tied to monaco-editor 0.57 (pinned); `viteMonacoStubs.test.ts` checks that every
// replaced file still exists there and that each stand-in exports only names the original has.
// In modules it keeps, the plugin also cuts text and data nothing here reads, and registrations of
// actions and services nothing here runs (MONACO_TRIMS below).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { monacoModuleFilter, monacoModulePath } from './monacoModulePath.mjs';

const STUB_DIR = fileURLToPath(new URL('../src/playground/monacoStubs/', import.meta.url));

/** Monaco module (path under `monaco-editor/esm/`) -> stand-in file name. */
export const MONACO_STUBS = {
	'vs/editor/browser/widget/diffEditor/diffEditorWidget.js': 'diffEditorWidget.js',
	'vs/editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js': 'multiDiffEditorWidget.js',
	'vs/editor/standalone/browser/quickInput/standaloneQuickInputService.js': 'standaloneQuickInputService.js',
	'vs/platform/list/browser/listService.js': 'listService.js',
	'vs/editor/browser/gpu/viewGpuContext.js': 'gpuViewPart.js',
	'vs/editor/browser/viewParts/viewLinesGpu/viewLinesGpu.js': 'gpuViewPart.js',
	'vs/editor/browser/viewParts/rulersGpu/rulersGpu.js': 'gpuViewPart.js',
	'vs/editor/browser/viewParts/gpuMark/gpuMark.js': 'gpuViewPart.js',
	'vs/editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js': 'goToDefinitionAtPosition.js',
	'vs/editor/contrib/colorPicker/browser/hoverColorPicker/hoverColorPicker.js': 'hoverColorPicker.js',
	'vs/editor/contrib/colorPicker/browser/hoverColorPicker/hoverColorPickerParticipant.js': 'hoverColorPickerParticipant.js',
	'vs/editor/contrib/inlayHints/browser/inlayHintsHover.js': 'inlayHintsHover.js',
	'vs/editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget.js': 'inlineCompletionsHintsWidget.js',
	'vs/editor/contrib/dropOrPasteInto/browser/copyPasteController.js': 'copyPasteController.js',
	'vs/base/browser/ui/selectBox/selectBox.js': 'selectBox.js',
	'vs/base/common/observableInternal/logging/debugger/devToolsLogger.js': 'devToolsLogger.js',
	'vs/editor/browser/viewParts/minimap/minimap.js': 'minimap.js',
	'vs/editor/common/model/tokens/treeSitter/treeSitterSyntaxTokenBackend.js': 'treeSitterSyntaxTokenBackend.js',
	'vs/base/browser/markdownRenderer.js': 'markdownRenderer.js',
	'vs/editor/browser/widget/markdownRenderer/browser/editorMarkdownCodeBlockRenderer.js': 'editorMarkdownCodeBlockRenderer.js',
	'vs/platform/accessibilitySignal/browser/accessibilitySignalService.js': 'accessibilitySignalService.js',
	'vs/editor/contrib/snippet/browser/snippetVariables.js': 'snippetVariables.js',
	'vs/editor/editor.api.js': 'editorApi.js',
	'vs/base/browser/ui/animations/animations.js': 'animations.js',
	'vs/editor/browser/services/editorWorkerService.js': 'editorWorkerService.js',
	'vs/editor/standalone/browser/services/standaloneWebWorkerService.js': 'standaloneWebWorkerService.js',
	'vs/editor/contrib/hover/browser/glyphHoverController.js': 'glyphHoverController.js',
	'vs/editor/browser/services/inlineCompletionsService.js': 'inlineCompletionsService.js',
	'vs/editor/browser/controller/editContext/native/nativeEditContext.js': 'nativeEditContext.js',
};

/** A string literal as Monaco's ESM files write them. */
const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const LOCALIZE_MESSAGE = new RegExp(String.raw`(\blocalize\(\d+, )(?:${STRING})`, 'g');
/** `localize(n, "message", …)` with the message emptied (`localize(n, "", …)`): it then returns "". */
const emptyMessages = (text) => text.replace(LOCALIZE_MESSAGE, '$1""');

/** Line actions (`linesOperations.js`) a reader could only run from a command palette. */
export const PALETTE_ONLY_LINE_ACTIONS = [
	'SortLinesAscendingAction',
	'SortLinesDescendingAction',
	'DeleteDuplicateLinesAction',
	'ReverseLinesAction',
	'TransposeAction',
	'UpperCaseAction',
	'LowerCaseAction',
	'TitleCaseAction',
	'SnakeCaseAction',
	'CamelCaseAction',
	'PascalCaseAction',
	'KebabCaseAction',
];

/**
 * Edits to Monaco modules the playground keeps, so the bundler can leave out what nothing here
 * reads or runs: data and settings text are cut, unused actions and services unregistered, the
 * API's enums marked pure. Each trim must match in each
 * of its files, or the build fails (a Monaco upgrade that moves the text must be looked at again).
 * `viteMonacoStubs.test.ts` checks what each one leaves.
 */
export const MONACO_TRIMS = [
	{
		why: "the unicode highlighter's tables of ambiguous and invisible characters: only that feature (not loaded here) and its worker read them",
		files: ['vs/base/common/strings.js'],
		pattern: /JSON\.parse\('\{\\"_common\\":\[(?:8232,32|11,12,13),[^']*'\)/g,
		replace: `JSON.parse('{"_common":[],"_default":[]}')`,
	},
	{
		why: "the editor options' descriptions for a settings UI, which a standalone editor does not have",
		files: ['vs/editor/common/config/editorOptions.js', 'vs/editor/common/config/editorConfigurationSchema.js'],
		pattern: new RegExp(
			String.raw`(?:markdownDescription|description|markdownDeprecationMessage|deprecationMessage): localize\(\d+, (?:${STRING})|(?:markdownEnumDescriptions|enumDescriptions): \[[^\]]*\]`,
			'g'
		),
		replace: emptyMessages,
	},
	{
		why: "the theme colours' descriptions and deprecation notes, for a theme editor's documentation (Monaco keeps only their values)",
		files: [
			'vs/platform/theme/common/colors/baseColors.js',
			'vs/platform/theme/common/colors/chartsColors.js',
			'vs/platform/theme/common/colors/editorColors.js',
			'vs/platform/theme/common/colors/inputColors.js',
			'vs/platform/theme/common/colors/listColors.js',
			'vs/platform/theme/common/colors/menuColors.js',
			'vs/platform/theme/common/colors/minimapColors.js',
			'vs/platform/theme/common/colors/miscColors.js',
			'vs/platform/theme/common/colors/quickpickColors.js',
			'vs/platform/theme/common/colors/searchColors.js',
			'vs/editor/common/core/editorColorRegistry.js',
			'vs/editor/contrib/symbolIcons/browser/symbolIcons.js',
		],
		// Every message in these files is an argument of a `registerColor(…)` call (tested).
		pattern: LOCALIZE_MESSAGE,
		replace: emptyMessages,
	},
	{
		why: "the context keys' descriptions, for a keybinding editor's documentation of `when` clauses",
		// Every message in these files is an argument of a `new RawContextKey(…)` call (tested).
		files: ['vs/editor/common/editorContextKeys.js', 'vs/platform/contextkey/common/contextkeys.js'],
		pattern: LOCALIZE_MESSAGE,
		replace: emptyMessages,
	},
	{
		why: 'the line actions only a command palette offers (sort, delete duplicates, reverse, transpose, case changes): no key, menu or context menu runs them, and this editor has no palette',
		files: ['vs/editor/contrib/linesOperations/browser/linesOperations.js'],
		// Their registrations go; the classes, now unused, drop out of the bundle (tested: none has a key or menu entry).
		pattern: new RegExp(
			String.raw`^(?:if \([^\n]*\) \{\n {4})?registerEditorAction\((${PALETTE_ONLY_LINE_ACTIONS.join('|')})\);\n(?:\}\n)?`,
			'gm'
		),
		replace: '',
	},
	{
		why: "the semantic tokens styling service: only the semantic highlighting features (not loaded here) ask for it",
		files: ['vs/editor/common/services/semanticTokensStylingService.js'],
		// Its decoration (a call the bundler must keep) and registration go; the service and the styling
		// class it builds drop out of the bundle.
		pattern: /^SemanticTokensStylingService = __decorate\(\[\n[^\]]*\], SemanticTokensStylingService\);\nregisterSingleton\(ISemanticTokensStylingService, SemanticTokensStylingService, [^\n]*\);\n/gm,
		replace: '',
	},
	{
		why: "the icons' descriptions, for a product icon theme's documentation (Monaco keeps only their ids and glyphs)",
		files: [
			'vs/editor/contrib/codeAction/browser/lightBulbWidget.js',
			'vs/editor/contrib/find/browser/findWidget.js',
			'vs/editor/contrib/folding/browser/foldingDecorations.js',
			'vs/editor/contrib/gotoError/browser/gotoError.js',
			'vs/editor/contrib/hover/browser/markdownHoverParticipant.js',
			'vs/editor/contrib/suggest/browser/suggestWidgetRenderer.js',
			'vs/platform/theme/common/iconRegistry.js',
		],
		pattern: new RegExp(String.raw`\bregisterIcon\('[^']*', [\w.]+, localize\(\d+, (?:${STRING})`, 'g'),
		replace: emptyMessages,
	},
	{
		why: "the choice of Chromium's EditContext input path: every browser types through the textarea path (the one Firefox and Safari always use), so the EditContext path's module is a stand-in",
		files: ['vs/editor/common/config/editorOptions.js'],
		// `effectiveEditContext` is what the editor view, the cursors and the clipboard read; `false`
		// whatever the `editContext` option says, so nothing can reach the stand-in.
		pattern: /(?<=\n {4}compute\(env, options\) \{\n {8}return )env\.editContextSupported && options\.get\(44 \/\* EditorOption\.editContext \*\/\)(?=;)/g,
		replace: 'false',
	},
	{
		why: 'the public API\'s enums, each built by a call the bundler must keep: marked pure, so the ones the playground never names drop out',
		files: ['vs/editor/common/standalone/standaloneEnums.js'],
		// `var E;\n(function (E) { … })(E || (E = {}));` -> `var E = /*#__PURE__*/ (function (E) { … return E; })({});`
		pattern: /^var (\w+);\n\(function \(\1\) \{\n([\s\S]*?)\n\}\)\(\1 \|\| \(\1 = \{\}\)\);$/gm,
		replace: (_match, name, body) => `var ${name} = /*#__PURE__*/ (function (${name}) {\n${body}\n    return ${name};\n})({});`,
	},
];

/**
 * A Monaco module's source with its trims applied (`path` under `monaco-editor/esm/`), and the
 * trims that found nothing to cut.
 */
export function trimMonacoSource(path, code) {
	const missed = [];
	for (const trim of MONACO_TRIMS.filter((trim) => trim.files.includes(path))) {
		let count = 0;
		code = code.replace(trim.pattern, (...match) => {
			count++;
			return typeof trim.replace === 'string' ? trim.replace : trim.replace(...match);
		});
		if (count === 0) missed.push(trim.why);
	}
	return { code, missed };
}

/** The stand-in's source for a module id, or undefined when the module is kept. */
export function monacoStubSource(id) {
	const path = monacoModulePath(id);
	const stub = path && MONACO_STUBS[path];
	return stub ? readFileSync(STUB_DIR + stub, 'utf8') : undefined;
}

/**
 * Hook filter: the bundler calls `load` only for the replaced modules (any query), so no other
 * file ever reaches this plugin. Tested on ids with `/` separators on every OS.
 */
export const MONACO_STUBS_FILTER = monacoModuleFilter(...Object.keys(MONACO_STUBS));

/** Hook filter of the transform that applies the trims: only the trimmed modules reach it. */
export const MONACO_TRIMS_FILTER = monacoModuleFilter(...new Set(MONACO_TRIMS.flatMap((trim) => trim.files)));

/** @returns {import('vite').Plugin} */
export function monacoStubs() {
	return {
		name: 'monaco-stubs',
		enforce: 'pre',
		load: { filter: MONACO_STUBS_FILTER, handler: (id) => monacoStubSource(id) },
		transform: {
			filter: MONACO_TRIMS_FILTER,
			handler(code, id) {
				const path = monacoModulePath(id);
				const trimmed = trimMonacoSource(path, code);
				if (trimmed.missed.length > 0) this.error(`${path}: nothing matched the trim of ${trimmed.missed.join('; ')}`);
				return { code: trimmed.code, map: null };
			},
		},
	};
}
