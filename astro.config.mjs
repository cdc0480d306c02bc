// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { models } from './src/schemas/registry.ts';
import { modelPagePath, PLAYGROUND_PATH } from './src/lib/paths.ts';
import { monacoCssOnDemand } from './scripts/viteMonacoCss.mjs';
import { monacoStubs } from './scripts/viteMonacoStubs.mjs';
import { cspInlineScripts } from './scripts/cspInlineScripts.mjs';
import { monacoPreload } from './scripts/monacoPreload.mjs';

// Absolute origin used for each JSON Schema's `$id`; override when deploying elsewhere.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	security: {
		// Astro writes this policy into every page, with hashes of its own inline scripts.
		csp: {
			directives: [
				"default-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind's search index runs as WebAssembly, which needs this (and only this) to compile.
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
			styleDirective: {
				// Monaco builds its styles at run time (<style> elements for themes, decorations and the
				// CSS it ships), which a static site cannot hash in advance. Styles only: scripts stay strict.
				resources: ["'self'", "'unsafe-inline'"],
			},
		},
	},
	vite: {
		plugins: [monacoStubs(), monacoCssOnDemand()],
		// Pre-bundling would skip the plugins above in `astro dev`.
		optimizeDeps: { exclude: ['monaco-editor'] },
	},
	integrations: [
		starlight({
			// Fails the build on a broken internal link or anchor.
			// Custom (non-content) pages cannot be validated by the plugin: they are excluded here and
			// visited by the end-to-end suite instead.
			plugins: [starlightLinksValidator({ exclude: [PLAYGROUND_PATH, modelPagePath('*')] })],
			title: 'Intuned SDK model reference',
			description:
				'Reference and live validator for the Intuned API SDK model CreateOrUpdateAuthSessionStart, generated from the Zod schemas the SDK validates with.',
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'Playground', link: PLAYGROUND_PATH },
				{
					label: 'Models',
					// One entry per registered model: adding a model to the registry adds it here.
					items: models.map((model) => ({ label: model.name, link: modelPagePath(model.slug) })),
				},
			],
		}),
		cspInlineScripts(),
		// The full-page playground asks for the editor from the start (docs pages: when it nears the viewport).
		monacoPreload({ module: 'src/playground/monacoEditor.ts', pages: [PLAYGROUND_PATH] }),
	],
});
