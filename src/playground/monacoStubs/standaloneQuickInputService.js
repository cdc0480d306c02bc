// Stand-in for Monaco's quick input service (see scripts/viteMonacoStubs.mjs). Quick input is the
// command palette and pickers; the playground registers neither, so nothing opens one. Requests
// resolve to "nothing picked" instead of failing.
export class StandaloneQuickInputService {
	get currentQuickInput() {
		return undefined;
	}
	pick() {
		return Promise.resolve(undefined);
	}
	input() {
		return Promise.resolve(undefined);
	}
	createQuickPick() {
		throw new Error('Quick input is not part of this Monaco build.');
	}
	createInputBox() {
		throw new Error('Quick input is not part of this Monaco build.');
	}
	toggle() {}
	toggleHover() {}
}
export class QuickInputEditorContribution {
	static ID = 'editor.controller.quickInput';
	static get() {
		return null;
	}
}
export class QuickInputEditorWidget {}
