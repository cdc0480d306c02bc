// Vite plugin: Pagefind UI's stylesheet arrives with the UI. Starlight's search component
// (Search.astro) @imports the whole stylesheet into every page's CSS, though the UI itself is
// fetched only when the reader first reaches for search (src/search/deferredPagefindUI.ts). The
// stylesheet is split (scripts/splitPagefindCss.mjs): the rules that may style the search box
// stand-in, or anything else on the page, take the @import's place in Search.astro's style, in the
// same cascade layer; the rest is a module (`DEFERRED_CSS_ID`, imported `?inline`) that the UI's
// loader adds to the page as a <style> in that layer when the UI arrives (the CSP allows inline
// styles, not scripts). Those rules then come last in the layer instead of where the @import was;
// the layer's rules after it that reach Pagefind's elements are Search.astro's overrides, which
// select by `#starlight__search` and so win either way, or style pseudo-elements Pagefind's rules
// do not (`[dir='rtl'] .pagefind-ui__result-title::before`). The README says how this was checked.
// The build fails if the pinned Starlight no longer has that exact @import.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { searchBoxMarkup } from '../src/search/searchBoxMarkup.ts';
import { splitPagefindCss } from './splitPagefindCss.mjs';

/** What Starlight's Search.astro (0.42.4) writes at the top of its global style. */
export const STARLIGHT_SEARCH_IMPORT = "@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core);";
/** The cascade layer that @import puts the rules in: both parts stay in it, so the cascade is unchanged. */
export const PAGEFIND_CSS_LAYER = 'starlight.core';
const UI_CSS = '@pagefind/default-ui/css/ui.css';
/** The rules that wait for the UI, as a stylesheet (in the layer): import it with `?inline` for its text. */
export const DEFERRED_CSS_ID = 'virtual:pagefind-ui-deferred.css';

/**
 * Hook filters: the bundler calls a hook only for the ids that match, so no other file ever
 * reaches this plugin. Regular expressions are tested on ids with `/` separators on every OS.
 */
export const PAGEFIND_CSS_FILTERS = {
	resolveId: { id: /^virtual:pagefind-ui-deferred\.css(?:\?inline)?$/ },
	load: {
		id: {
			include: [/\/node_modules\/@astrojs\/starlight\/dist\/components\/Search\.astro$/, /^\0virtual:pagefind-ui-deferred\.css(?:\?inline)?$/],
		},
	},
};

const inLayer = (/** @type {string} */ css) => `@layer ${PAGEFIND_CSS_LAYER} {\n${css}}\n`;

/**
 * Search.astro's source with its @import of the whole stylesheet replaced by the rules that must
 * be there before the UI, in the same layer; or an error saying what no longer matches.
 * @param {string} source
 * @param {string} eager
 * @returns {{ code: string } | { error: string }}
 */
export function withEagerRules(source, eager) {
	const found = source.split(STARLIGHT_SEARCH_IMPORT).length - 1;
	if (found !== 1)
		return {
			error: `Starlight's Search.astro has ${found} copies of \`${STARLIGHT_SEARCH_IMPORT}\`, not 1: Starlight changed how it brings Pagefind UI's stylesheet; look at scripts/vitePagefindCss.mjs again.`,
		};
	return { code: source.replace(STARLIGHT_SEARCH_IMPORT, () => inLayer(eager)) };
}

/** @returns {import('vite').Plugin} */
export function pagefindCssOnDemand() {
	const uiCssPath = createRequire(import.meta.url).resolve(UI_CSS);
	/** @type {{ eager: string, deferred: string } | undefined} */
	let parts;
	// Attribute values are not compared when matching (scripts/selectorMatcher.mjs), so the labels do not matter.
	const split = () =>
		(parts ??= splitPagefindCss(readFileSync(uiCssPath, 'utf8'), { standIn: searchBoxMarkup({ placeholder: 'Search', label: 'Search' }) }));
	return {
		name: 'pagefind-css-on-demand',
		enforce: 'pre',
		resolveId: {
			filter: PAGEFIND_CSS_FILTERS.resolveId,
			handler: (id) => `\0${id}`,
		},
		load: {
			filter: PAGEFIND_CSS_FILTERS.load,
			// No addWatchFile(ui.css): in `astro dev` that makes the stylesheet an import of Search.astro,
			// and Astro would then add all of it to every page.
			handler(id) {
				if (id.startsWith('\0')) return inLayer(split().deferred);
				// Search.astro: the stylesheet its @import would bring must be the one split here.
				const imported = createRequire(id).resolve(UI_CSS);
				if (imported !== uiCssPath) this.error(`Starlight's search imports ${imported}, but ${uiCssPath} was split`);
				const result = withEagerRules(readFileSync(id, 'utf8'), split().eager);
				if ('error' in result) this.error(result.error);
				return result.code;
			},
		},
	};
}
