// Stand-in for Monaco's "paste as" controller (see scripts/viteMonacoStubs.mjs). It runs paste-edit
// providers (paste as a link, as an import…); the playground registers none, so plain paste, which
// the editor handles itself, is all it would ever do.
export class CopyPasteController {
	static ID = 'editor.contrib.copyPasteActionController';
	static get() {
		return null;
	}
}
