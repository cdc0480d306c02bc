// Stand-in for Monaco's hover over the glyph margin and line numbers (see scripts/viteMonacoStubs.mjs).
// It shows a decoration's `glyphMarginHoverMessage` or `lineNumberHoverMessage`; in Monaco only the
// diff editor's decorations have one, and the playground's decorations (markers, folding, the dimmed
// code around the value) have none, so it never had anything to show.
export class GlyphHoverController {
	static ID = 'editor.contrib.marginHover';
	hideGlyphHover() {}
	dispose() {}
}
