/**
 * The editor's features, loaded once its first line is drawn (`loadMonacoFeatures` in
 * `monacoEditor.ts`): the browser compiles and runs about 0.7 MB less of Monaco before that line.
 * Importing this module registers them, then gives them to the editors already made: Monaco reads
 * its registries when an editor is made, and the build lets it take later ones
 * (scripts/viteMonacoLateFeatures.mjs). Editors made afterwards take them at once.
 */
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
// Quick fixes (Ctrl+. and the light bulb) for the fixes the engine computes.
import 'monaco-editor/features/codeAction/register';
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
import { StandaloneServices } from 'monaco-editor/editor/standalone/browser/standaloneServices';

StandaloneServices.takeLateRegistrations();
