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
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
	'vs/editor/common/services/editorWebWorker.js': 'editorWebWorker.js',
	'vs/base/browser/ui/selectBox/selectBox.js': 'selectBox.js',
	'vs/base/common/observableInternal/logging/debugger/devToolsLogger.js': 'devToolsLogger.js',
	'vs/editor/browser/viewParts/minimap/minimap.js': 'minimap.js',
	'vs/editor/common/model/tokens/treeSitter/treeSitterSyntaxTokenBackend.js': 'treeSitterSyntaxTokenBackend.js',
	'vs/base/browser/markdownRenderer.js': 'markdownRenderer.js',
};

const MONACO_ESM = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/](.*)$/;

/** The stand-in's source for a module id, or undefined when the module is kept. */
export function monacoStubSource(id) {
	const match = MONACO_ESM.exec(id.split('?')[0]);
	const stub = match && MONACO_STUBS[match[1].replaceAll('\\', '/')];
	return stub ? readFileSync(STUB_DIR + stub, 'utf8') : undefined;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Hook filter: the bundler calls `load` only for the replaced modules (any query), so no other
 * file ever reaches this plugin. Tested on ids with `/` separators on every OS.
 */
export const MONACO_STUBS_FILTER = {
	id: new RegExp(
		`/node_modules/monaco-editor/esm/(?:${Object.keys(MONACO_STUBS).map(escapeRegExp).join('|')})(?:\\?.*)?$`
	),
};

/** @returns {import('vite').Plugin} */
export function monacoStubs() {
	return {
		name: 'monaco-stubs',
		enforce: 'pre',
		load: { filter: MONACO_STUBS_FILTER, handler: (id) => monacoStubSource(id) },
	};
}
