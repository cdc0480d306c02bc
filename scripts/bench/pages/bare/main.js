// "Bare Monaco": the floor. The editor core only (no language, no editor feature), one editor
// holding the seed example, with the same layout options as the playground's editor.
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { text } from 'virtual:bench-seed';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const editor = monaco.editor.create(document.getElementById('editor'), {
	value: text,
	automaticLayout: true,
	minimap: { enabled: false },
	scrollBeyondLastLine: false,
	fontSize: 14,
	tabSize: 2,
	wordBasedSuggestions: 'off',
});
// For the bench: the paste measurement listens to the model.
window.__benchEditor = editor;
