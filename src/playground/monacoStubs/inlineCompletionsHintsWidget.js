// Stand-in for Monaco's inline-completion hints toolbar (see scripts/viteMonacoStubs.mjs): the
// playground offers no inline (ghost text) completions, so its drop-down is never open.
export class InlineSuggestionHintsContentWidget {
	static dropDownVisible = false;
}
