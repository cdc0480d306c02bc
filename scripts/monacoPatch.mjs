// What the build-time patches of Monaco modules share (viteMonacoTokensFix, viteMonacoLineBreaks,
// viteMonacoEolCount): each replaces one piece of code in one module of the pinned monaco-editor,
// and must not build against another version's code without someone looking at it again.
import { escapeRegExp } from './escapeRegExp.mjs';

/**
 * `source` with `find` replaced by `replace`. Throws `message` when `find` is not there exactly
 * once (another Monaco version): the build must not go on without the patch, or patch the wrong place.
 *
 * @param {string} source
 * @param {string} find
 * @param {string} replace
 * @param {string} message
 */
export function replaceOnce(source, find, replace, message) {
	const at = source.indexOf(find);
	if (at < 0 || source.indexOf(find, at + 1) >= 0) throw new Error(message);
	return source.slice(0, at) + replace + source.slice(at + find.length);
}

/**
 * Hook filter of a transform that patches one Monaco module (`path` under `monaco-editor/esm/`):
 * only that module reaches it, with any query; module ids use `/` on every OS.
 *
 * @param {string} path
 */
export function monacoModuleFilter(path) {
	return { id: new RegExp(`/node_modules/monaco-editor/esm/${escapeRegExp(path)}(?:\\?.*)?$`) };
}

/**
 * A Vite plugin that applies `patch` to the one Monaco module at `path`, before other plugins see it.
 *
 * @param {string} name
 * @param {string} path under `monaco-editor/esm/`
 * @param {(source: string) => string} patch
 * @returns {import('vite').Plugin & { transform: { filter: { id: RegExp } } }}
 */
export function monacoPatchPlugin(name, path, patch) {
	return { name, enforce: 'pre', transform: { filter: monacoModuleFilter(path), handler: (code) => ({ code: patch(code), map: null }) } };
}
