// Vite plugin: Monaco's CSS on demand. Monaco's ESM modules `import './x.css'`. Left alone, Astro
// attaches every such stylesheet to every page of a route that (even lazily) imports Monaco. Each
// import becomes a string (`?inline`) injected into <head> when the module runs, so the CSS
// arrives with the editor and pages that never load it carry none.

const VIRTUAL_ID = 'virtual:monaco-style';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm;

/**
 * Hook filters: the bundler calls a hook only for the ids (and code) that match, so no other file
 * ever reaches this plugin. Regular expressions are tested on ids with `/` separators on every OS.
 */
export const MONACO_CSS_FILTERS = {
	resolveId: { id: /^virtual:monaco-style$/ },
	load: { id: /^\0virtual:monaco-style$/ },
	/** Monaco's ESM modules that mention a `.css` file. */
	transform: { id: /\/node_modules\/monaco-editor\/esm\/.*\.js$/, code: /\.css['"]/ },
};

/** @returns {import('vite').Plugin} */
export function monacoCssOnDemand() {
	return {
		name: 'monaco-css-on-demand',
		enforce: 'pre',
		resolveId: {
			filter: MONACO_CSS_FILTERS.resolveId,
			handler: () => RESOLVED_ID,
		},
		load: {
			filter: MONACO_CSS_FILTERS.load,
			handler: () =>
				[
					'const added = new Set();',
					'export function addStyle(css) {',
					'  if (added.has(css) || typeof document === "undefined") return;',
					'  added.add(css);',
					'  const style = document.createElement("style");',
					'  style.dataset.monaco = "";',
					'  style.textContent = css;',
					'  document.head.append(style);',
					'}',
				].join('\n'),
		},
		transform: {
			filter: MONACO_CSS_FILTERS.transform,
			handler(code) {
				let count = 0;
				const rewritten = code.replace(CSS_IMPORT, (_statement, _quote, path) => {
					const name = `__monacoCss${count++}`;
					return `import ${name} from ${JSON.stringify(`${path}?inline`)}; addStyle(${name});`;
				});
				if (count === 0) return undefined;
				return { code: `import { addStyle } from ${JSON.stringify(VIRTUAL_ID)};\n${rewritten}`, map: null };
			},
		},
	};
}
