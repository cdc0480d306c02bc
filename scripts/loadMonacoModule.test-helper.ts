import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MONACO_ESM = new URL('../node_modules/monaco-editor/esm/', import.meta.url);

/** The URL of a pinned Monaco module (`path` under `monaco-editor/esm/`). */
export function monacoModuleUrl(path: string): URL {
	return new URL(path, MONACO_ESM);
}

/** The pinned Monaco module's own source. */
export function monacoModuleSource(path: string): string {
	return readFileSync(monacoModuleUrl(path), 'utf8');
}

/**
 * Loads `source` (a version of the Monaco module at `path`, e.g. patched) from a temporary file,
 * its relative imports pointing back at the pinned Monaco, so it runs beside Monaco's own modules.
 */
export async function loadMonacoModule<T>(path: string, source: string): Promise<T> {
	const url = monacoModuleUrl(path);
	const absolute = source.replace(/from '(\.[^']+)'/g, (_, relative: string) => `from ${JSON.stringify(new URL(relative, url).href)}`);
	const file = join(mkdtempSync(join(tmpdir(), 'monaco-module-')), basename(path));
	writeFileSync(file, absolute);
	return import(/* @vite-ignore */ pathToFileURL(file).href);
}

/**
 * Which ids a patch plugin's transform filter lets through: the patched module at `path` (under
 * `monaco-editor/esm/`), the same with a query, and a `neighbour` module that must not reach it.
 */
export function filterReach(plugin: { transform: { filter: { id: RegExp } } }, path: string, neighbour: string) {
	const reaches = (module: string) => plugin.transform.filter.id.test(`/p/node_modules/monaco-editor/esm/${module}`);
	return { module: reaches(path), withQuery: reaches(`${path}?v=1`), neighbour: reaches(neighbour) };
}
