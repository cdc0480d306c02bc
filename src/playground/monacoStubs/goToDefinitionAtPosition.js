// Stand-in for Monaco's go-to-definition-on-hover contribution (see scripts/viteMonacoStubs.mjs).
// The playground's languages have no definition provider, so there is never a definition to go to;
// without this contribution the "show definition preview hover" action simply does nothing.
export class GotoDefinitionAtPositionEditorContribution {
	static ID = 'editor.contrib.gotodefinitionatposition';
	static get() {
		return null;
	}
}
