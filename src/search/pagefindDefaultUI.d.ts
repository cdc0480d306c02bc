// Pagefind's UI ships without types; the one name the search stand-in uses.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}

// The rules of Pagefind UI's stylesheet that wait for the UI, as text (scripts/vitePagefindCss.mjs).
declare module 'virtual:pagefind-ui-deferred.css?inline' {
	const css: string;
	export default css;
}
