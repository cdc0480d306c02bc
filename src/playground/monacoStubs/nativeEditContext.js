// Stand-in for Monaco's EditContext input path (see scripts/viteMonacoStubs.mjs). Monaco 0.57 takes
// the keyboard through Chromium's EditContext API where it exists and through a hidden textarea
// elsewhere. The build makes the editor choose the textarea path in every browser (the
// `effectiveEditContext` trim), so this class is never constructed; it throws if it ever is,
// rather than leave an editor that cannot be typed in.
export class NativeEditContext {
	constructor() {
		throw new Error('The EditContext input path is not in this build: the editor types through its textarea.');
	}
}
