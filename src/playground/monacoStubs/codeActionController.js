// Stand-in for Monaco's code-action controller (see scripts/viteMonacoStubs.mjs): there are never
// code actions to show (see codeAction.js beside this file).
export class CodeActionController {
	static ID = 'editor.contrib.codeActionController';
	static get() {
		return null;
	}
}
