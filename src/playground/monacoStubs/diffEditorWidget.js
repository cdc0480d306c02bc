// Stand-in for Monaco's diff editor widget (see scripts/viteMonacoStubs.mjs): the playground never
// creates a diff editor. Monaco's standalone diff editor class extends this one, so it must exist.
export class DiffEditorWidget {
	constructor() {
		throw new Error('The diff editor is not part of this Monaco build.');
	}
}
