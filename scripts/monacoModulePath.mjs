import { escapeRegExp } from './escapeRegExp.mjs';

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

/**
 * Hook filter of a plugin hook for the Monaco modules at `paths` (under `monaco-editor/esm/`): only
 * they reach it, with any query. The bundler tests it on ids with `/` separators on every OS.
 * @param {...string} paths
 */
export function monacoModuleFilter(...paths) {
	return { id: new RegExp(`/node_modules/monaco-editor/esm/(?:${paths.map(escapeRegExp).join('|')})(?:\\?.*)?$`) };
}

/** A hook filter's id pattern for every JavaScript module of Monaco's code (`vs/`), with any query. */
export const MONACO_SCRIPT_ID = /\/node_modules\/monaco-editor\/esm\/vs\/.*\.js(?:\?.*)?$/;
