// Stand-in for Monaco's tree-sitter tokenization (see scripts/viteMonacoStubs.mjs). The standalone
// editor's tree-sitter service supports no language, so every model tokenizes with the Monarch
// grammars and this backend is never created.
export class TreeSitterSyntaxTokenBackend {
	constructor() {
		throw new Error('Tree-sitter tokenization is not part of this Monaco build.');
	}
}
