// "Stock Monaco": what a developer would write without this project's work. The full ESM entry,
// its JSON language validating against the model's published JSON Schema, the editor and JSON
// workers from the same origin, one editor holding the seed example.
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { schema, schemaUri, text } from 'virtual:bench-seed';

self.MonacoEnvironment = {
	getWorker: (_moduleId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

monaco.json.jsonDefaults.setDiagnosticsOptions({
	validate: true,
	schemas: [{ uri: schemaUri, fileMatch: ['*'], schema }],
});
const model = monaco.editor.createModel(text, 'json', monaco.Uri.parse('inmemory://bench/seed.json'));
const editor = monaco.editor.create(document.getElementById('editor'), { model, automaticLayout: true });
// For the bench: the paste measurement listens to the model.
window.__benchEditor = editor;
