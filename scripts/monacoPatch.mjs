// What the build-time patches of Monaco modules share (viteMonacoTokensFix, viteMonacoLineBreaks,
// viteMonacoEolCount, viteMonacoLineStarts, viteMonacoInjectedText, viteMonacoLateFeatures): each replaces pieces of code
// in one module of the pinned monaco-editor, and must not build against another version's code
// without someone looking at it again.
import { monacoModuleFilter } from './monacoModulePath.mjs';

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
 * One patch: `apply` gives the module's source with each edit's `find` replaced by its `replace`,
 * in turn, or throws when a `find` is not there exactly once, saying what to look at again
 * (`check`); `plugin` makes the Vite plugin that applies it to that module as it is loaded, before
 * other plugins see it.
 *
 * @param {{ name: string, path: string, edits: { find: string, replace: string }[], check: string }} patch
 *   `path`: the module, under `monaco-editor/esm/`
 */
export function monacoPatch({ name, path, edits, check }) {
	/** @param {string} source */
	const apply = (source) =>
		edits.reduce(
			(patched, { find, replace }, index) =>
				replaceOnce(
					patched,
					find,
					replace,
					`${name}: ${path} does not read as in monaco-editor 0.57; ${check} (edit ${index + 1} of ${edits.length} is not there exactly once: ${JSON.stringify(find.slice(0, 60))})`
				),
			source
		);
	/** @returns {import('vite').Plugin & { transform: { filter: { id: RegExp } } }} */
	const plugin = () => ({ name, enforce: 'pre', transform: { filter: monacoModuleFilter(path), handler: (code) => ({ code: apply(code), map: null }) } });
	return { apply, plugin };
}
