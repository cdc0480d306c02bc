// Stand-in for Monaco's inlay-hint hover participant (see scripts/viteMonacoStubs.mjs): no inlay
// hints are provided here. The hover only tests `instanceof` against it.
export class InlayHintsHover {}
