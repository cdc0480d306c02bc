/**
 * Which Monaco module a bundler module id is: its path under `monaco-editor/esm/`, with `/`
 * separators on every OS and without the id's query (`?inline`, `?v=1`), or undefined when the id
 * is not a file of monaco-editor's ESM build.
 * @param {string} id
 * @returns {string | undefined}
 */
export function monacoModulePath(id) {
	return /\/node_modules\/monaco-editor\/esm\/(.*)$/.exec(id.split('?')[0].replaceAll('\\', '/'))?.[1];
}
