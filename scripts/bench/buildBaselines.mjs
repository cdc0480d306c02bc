// Builds the bench's two baseline pages, "stock Monaco" and "bare Monaco" (sources in
// ./pages), from the installed monaco-editor with Vite's production build, into a bench-only
// folder (bench-results/ is gitignored). Each is built on its own, so neither shares a chunk with
// the other, and served under `${BASELINES_PATH}<name>/`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const BASELINES_PATH = '/__baselines/';
export const BASELINE_PAGES = ['stock', 'bare'];

const PAGES_ROOT = fileURLToPath(new URL('./pages/', import.meta.url));
const SEED_ID = 'virtual:bench-seed';

/** `virtual:bench-seed`: the seed example and the model's published schema, as the pages import them. */
function benchSeed({ text, schema }) {
	return {
		name: 'bench-seed',
		resolveId: (id) => (id === SEED_ID ? `\0${SEED_ID}` : undefined),
		load: (id) =>
			id === `\0${SEED_ID}`
				? [
						`export const text = ${JSON.stringify(text)};`,
						`export const schema = ${JSON.stringify(schema)};`,
						`export const schemaUri = ${JSON.stringify(schema.$id ?? 'inmemory://bench/schema.json')};`,
					].join('\n')
				: undefined,
	};
}

/**
 * Builds both pages into `outDir` (emptied first).
 * @param {{ outDir: string, text: string, schema: { $id?: string } }} options
 */
export async function buildBaselines({ outDir, text, schema }) {
	for (const [index, name] of BASELINE_PAGES.entries()) {
		await build({
			configFile: false,
			root: PAGES_ROOT,
			base: BASELINES_PATH,
			logLevel: 'warn',
			plugins: [benchSeed({ text, schema })],
			worker: { format: 'es', plugins: () => [benchSeed({ text, schema })] },
			build: {
				// Relative to where the bench runs, not to the pages' root (Vite's default for a relative outDir).
				outDir: resolve(outDir),
				emptyOutDir: index === 0,
				assetsDir: `${name}/assets`,
				rollupOptions: { input: { [name]: `${PAGES_ROOT}${name}/index.html` } },
				// Monaco's chunks are megabytes; that is the point of the baseline, not a warning.
				chunkSizeWarningLimit: 100_000,
			},
		});
	}
}
