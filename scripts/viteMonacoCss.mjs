// Vite plugin: Monaco's CSS on demand. Monaco's ESM modules `import './x.css'`. Left alone, Astro
// attaches every such stylesheet to every page of a route that (even lazily) imports Monaco. Each
// import becomes a string (`?inline`) injected into <head> when the module runs, so the CSS
// arrives with the editor and pages that never load it carry none.

const VIRTUAL_ID = 'virtual:monaco-style';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const MONACO_ESM = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/;
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm;

/** @returns {import('vite').Plugin} */
export function monacoCssOnDemand() {
	return {
		name: 'monaco-css-on-demand',
		enforce: 'pre',
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			return [
				'const added = new Set();',
				'export function addStyle(css) {',
				'  if (added.has(css) || typeof document === "undefined") return;',
				'  added.add(css);',
				'  const style = document.createElement("style");',
				'  style.dataset.monaco = "";',
				'  style.textContent = css;',
				'  document.head.append(style);',
				'}',
			].join('\n');
		},
		transform(code, id) {
			if (!MONACO_ESM.test(id) || !code.includes('.css')) return undefined;
			let count = 0;
			const rewritten = code.replace(CSS_IMPORT, (_statement, _quote, path) => {
				const name = `__monacoCss${count++}`;
				return `import ${name} from ${JSON.stringify(`${path}?inline`)}; addStyle(${name});`;
			});
			if (count === 0) return undefined;
			return { code: `import { addStyle } from ${JSON.stringify(VIRTUAL_ID)};\n${rewritten}`, map: null };
		},
	};
}
