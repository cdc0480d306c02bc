// Stand-in for Monaco's select box (see scripts/viteMonacoStubs.mjs): it backs "select" actions in
// toolbars, and no toolbar or menu of the playground's editor has one.
export class SelectBox {
	constructor() {
		throw new Error('The select box is not part of this Monaco build.');
	}
}
export const SeparatorSelectOption = Object.freeze({ text: '\u2500'.repeat(9), isDisabled: true, isSeparator: true });
