// The engine (and the few registry helpers the bench needs) as bundled code, as the site ships it:
// bundled by the same Vite with every dependency inside and minified (for Node; the site's bundles
// target the browser, from the same sources), then imported by Node. Through Vite's SSR
// loader instead, each call from one module to another goes through a getter (about 20 ns a call,
// 10x a direct call), a cost no shipped bundle has: at 1 KB it was a fifth to a third of a check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** @returns {Promise<typeof import('./engineEntry.ts')>} */
export async function bundledEngine() {
	const outDir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
	try {
		await build({
			configFile: false,
			logLevel: 'error',
			ssr: { noExternal: true },
			build: { ssr: 'scripts/bench/engineEntry.ts', outDir, minify: true, emptyOutDir: false, rollupOptions: { output: { entryFileNames: 'engine.mjs' } } },
		});
		return await import(pathToFileURL(join(outDir, 'engine.mjs')).href);
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}
