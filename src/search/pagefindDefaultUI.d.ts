// Pagefind's UI ships without types; the one name the search stand-in uses.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
