// Vite plugin that keeps Monaco's weight where it belongs. Two rewrites of monaco-editor's ESM:
//
// 1. CSS on demand. Monaco's modules `import './x.css'`. Left alone, Astro attaches every such
//    stylesheet to every page of a route that (even lazily) imports Monaco. Each import becomes a
//    string (`?inline`) injected into <head> when the module runs: CSS arrives with the editor.
//
// 2. A slim JSON language. `languages/features/json` reaches `internal/common/workers.js` for one
//    small function, and that file also imports every editor contribution (inline completions,
//    sticky scroll, rename, ...): about 1 MB the playground never uses. Its side-effect imports are
//    dropped, except the core ones listed below; the playground imports the features it uses.

const VIRTUAL_ID = 'virtual:monaco-style';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const MONACO_ESM = /[\\/]node_modules[\\/]monaco-editor[\\/]esm[\\/].*\.js$/;
const WORKERS_MODULE = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;
const CSS_IMPORT = /^import\s+(['"])([^'"]+\.css)\1;?\s*$/gm;
const SIDE_EFFECT_IMPORT = /^import\s+(['"])([^'"]+)\1;?\s*$/gm;
const KEPT_IN_WORKERS_MODULE = [
	'/editor/browser/coreCommands.js',
	'/editor/browser/widget/codeEditor/codeEditorWidget.js',
	'/editor/common/standaloneStrings.js',
	'.css',
];

/** @returns {import('vite').Plugin} */
export function monacoOnDemand() {
	return {
		name: 'monaco-on-demand',
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
			if (!MONACO_ESM.test(id)) return undefined;
			let rewritten = code;
			if (WORKERS_MODULE.test(id)) {
				rewritten = rewritten.replace(SIDE_EFFECT_IMPORT, (statement, _quote, path) =>
					KEPT_IN_WORKERS_MODULE.some((kept) => path.endsWith(kept)) ? statement : ''
				);
			}
			let count = 0;
			rewritten = rewritten.replace(CSS_IMPORT, (_statement, _quote, path) => {
				const name = `__monacoCss${count++}`;
				return `import ${name} from ${JSON.stringify(`${path}?inline`)}; addStyle(${name});`;
			});
			if (rewritten === code) return undefined;
			const injector = count > 0 ? `import { addStyle } from ${JSON.stringify(VIRTUAL_ID)};\n` : '';
			return { code: injector + rewritten, map: null };
		},
	};
}
