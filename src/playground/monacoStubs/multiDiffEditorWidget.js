// Stand-in for Monaco's multi-file diff editor (see scripts/viteMonacoStubs.mjs): never created here.
export class MultiDiffEditorWidget {
	constructor() {
		throw new Error('The multi-file diff editor is not part of this Monaco build.');
	}
}
