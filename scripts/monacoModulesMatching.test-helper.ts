import { readdirSync, readFileSync } from 'node:fs';

const MONACO_VS = new URL('../node_modules/monaco-editor/esm/vs/', import.meta.url);

let sources: { path: string; text: string }[] | undefined;

/** The pinned Monaco's modules, each as its `vs/…` path and its source. Every module is read once per run. */
export function monacoModules(): readonly { path: string; text: string }[] {
	sources ??= (readdirSync(MONACO_VS, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.js'))
		.map((file) => ({ path: `vs/${file.replaceAll('\\', '/')}`, text: readFileSync(new URL(file, MONACO_VS), 'utf8') }));
	return sources;
}

/**
 * The pinned Monaco's modules whose source matches `pattern`, as sorted `vs/…` paths. Tests use it
 * to see who else reads what a stand-in or a trim takes away.
 */
export function monacoModulesMatching(pattern: RegExp): string[] {
	return monacoModules()
		.filter((source) => pattern.test(source.text))
		.map((source) => source.path)
		.sort();
}
