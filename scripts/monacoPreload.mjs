// Astro integration: on the pages given (the full-page playground), the browser asks for the Monaco
// chunk from the first bytes of the page, with a `<link rel="modulepreload">` in <head>, instead of
// when the page's script imports it (about 150 ms into the load, after the page's own script has
// run). The chunk then downloads and compiles while the page is parsed and painted; the import
// finds it ready. The modules it imports (the page's script and Vite's preload helper) are listed
// too: the page's script cannot run before they are fetched, and the browser would otherwise find
// them only once it has parsed that script. Names are hashed, so they are read from the client
// build's output. Docs pages are not listed: there the editor loads only when the playground nears
// the viewport.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page with a modulepreload link to each of `hrefs` at the end of its <head> (once each). */
export function addModulePreloads(html, hrefs) {
	const end = html.indexOf('</head>');
	if (end === -1) throw new Error('monacoPreload: the page has no </head>');
	const links = hrefs
		.map((href) => `<link rel="modulepreload" href="${href}">`)
		.filter((link) => !html.includes(link))
		.join('');
	return `${html.slice(0, end)}${links}${html.slice(end)}`;
}

/**
 * @param {{ module: string, pages: string[] }} options `module`: the source file whose chunk to
 * preload (a path ending, e.g. 'src/playground/monacoEditor.ts'); `pages`: page paths ending in '/'.
 * @returns {import('astro').AstroIntegration}
 */
export function monacoPreload({ module, pages }) {
	/** The chunk's own imports first (small, needed first), then the chunk. */
	let files;
	let base = '/';
	return {
		name: 'monaco-preload',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'monaco-preload:chunk-name',
								apply: 'build',
								generateBundle(_options, bundle) {
									if (this.environment?.name !== 'client') return;
									const found = Object.values(bundle).find(
										(output) => output.type === 'chunk' && output.facadeModuleId?.replaceAll('\\', '/').endsWith(module)
									);
									if (found) files = [...found.imports, found.fileName];
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!files) throw new Error(`monacoPreload: no client chunk for ${module}`);
				const hrefs = files.map((file) => `${base}${file}`);
				for (const page of pages) {
					const file = join(fileURLToPath(dir), page, 'index.html');
					await writeFile(file, addModulePreloads(await readFile(file, 'utf8'), hrefs));
				}
				logger.info(`${pages.join(', ')}: modulepreload ${hrefs.join(', ')}`);
			},
		},
	};
}
