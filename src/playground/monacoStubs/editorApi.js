// Stand-in for Monaco's public API module, `monaco-editor/editor` (see scripts/viteMonacoStubs.mjs).
// The original builds objects holding every API function and enum (diff editors, colorizer, web
// workers, tokenize, every provider kind…), so the bundler keeps all of it. This one holds what the
// playground (src/playground/monacoEditor.ts), Monaco's lazy language loader
// (languages/definitions/_.contribution.js) and the grammars it loads call, and the original's other exports (small classes
// and enums the editor holds anyway); a unit test checks that every member monacoEditor.ts uses is
// here. The types still come from Monaco's own declarations.
import { EditorOptions } from './common/config/editorOptions.js';
import { KeyMod } from './common/services/editorBaseApi.js';
import { Range } from './common/core/range.js';
import { Selection } from './common/core/selection.js';
import {
	CompletionItemKind,
	IndentAction,
	KeyCode,
	MarkerSeverity,
	MarkerTag,
	SelectionDirection,
} from './common/standalone/standaloneEnums.js';
import { Position } from './common/core/position.js';
import { Token } from './common/languages.js';
import { CancellationTokenSource } from '../base/common/cancellation.js';
import { Emitter } from '../base/common/event.js';
import { create, createModel, setModelLanguage, setModelMarkers, setTheme } from './standalone/browser/standaloneEditor.js';
import {
	onLanguageEncountered,
	register,
	registerCodeActionProvider,
	registerCompletionItemProvider,
	registerHoverProvider,
	registerTokensProviderFactory,
	setLanguageConfiguration,
	setMonarchTokensProvider,
} from './standalone/browser/standaloneLanguages.js';
import { FormattingConflicts } from './contrib/format/browser/format.js';
import { URI as Uri } from '../base/common/uri.js';

// The standalone editor's defaults, set as the original does.
EditorOptions.wrappingIndent.defaultValue = 0; // WrappingIndent.None
EditorOptions.glyphMargin.defaultValue = false;
EditorOptions.autoIndent.defaultValue = 3; // EditorAutoIndentStrategy.Advanced
EditorOptions.overviewRulerLanes.defaultValue = 2;
FormattingConflicts.setFormatterSelector((formatter) => Promise.resolve(formatter[0]));

export const editor = { create, createModel, setModelLanguage, setModelMarkers, setTheme };

export const languages = {
	CompletionItemKind,
	IndentAction,
	onLanguageEncountered,
	register,
	registerCodeActionProvider,
	registerCompletionItemProvider,
	registerHoverProvider,
	registerTokensProviderFactory,
	setLanguageConfiguration,
	setMonarchTokensProvider,
};

// Every name the original exports (the package's `editor.js` entry re-exports them all).
export {
	CancellationTokenSource,
	Emitter,
	KeyCode,
	KeyMod,
	MarkerSeverity,
	MarkerTag,
	Position,
	Range,
	Selection,
	SelectionDirection,
	Token,
	Uri,
};
