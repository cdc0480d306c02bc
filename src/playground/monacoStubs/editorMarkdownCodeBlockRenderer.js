// Stand-in for the editor's renderer of code blocks in markdown (see scripts/viteMonacoStubs.mjs),
// which colours a fenced block with the language's tokenizer. The markdown renderer's own stand-in
// (markdownRenderer.js) shows code blocks as plain text and never asks for this; the editor still
// creates one and registers it as the default.
export class EditorMarkdownCodeBlockRenderer {
	async renderCodeBlock(_languageAlias, value) {
		const code = document.createElement('code');
		code.textContent = value;
		return code;
	}
}
