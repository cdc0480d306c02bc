// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { models } from './src/schemas/registry.ts';
import { operations } from './src/schemas/operations.ts';
import { modelGroups } from './src/lib/modelKind.ts';
import { modelPagePath, operationPagePath, PLAYGROUND_PATH } from './src/lib/paths.ts';
import { monacoCssOnDemand } from './scripts/viteMonacoCss.mjs';
import { monacoActionWidgetCss } from './scripts/viteMonacoActionWidgetCss.mjs';
import { monacoStubs } from './scripts/viteMonacoStubs.mjs';
import { monacoCommandMetadata } from './scripts/viteMonacoCommandMetadata.mjs';
import { monacoUsedCodicons } from './scripts/viteMonacoCodicons.mjs';
import { monacoTokensFix } from './scripts/viteMonacoTokensFix.mjs';
import { monacoLineBreaks } from './scripts/viteMonacoLineBreaks.mjs';
import { monacoEolCount } from './scripts/viteMonacoEolCount.mjs';
import { monacoLineStarts } from './scripts/viteMonacoLineStarts.mjs';
import { monacoInjectedText } from './scripts/viteMonacoInjectedText.mjs';
import { monacoLateFeatures } from './scripts/viteMonacoLateFeatures.mjs';
import { pagefindCssOnDemand } from './scripts/vitePagefindCss.mjs';
import { cspInlineScripts } from './scripts/cspInlineScripts.mjs';
import { dropAstroInternalNotices } from './scripts/buildWarnings.mjs';
import { siteUrl, siteUrlInfo } from './scripts/siteUrl.mjs';
import { monacoPreload } from './scripts/monacoPreload.mjs';
import { monacoCodeSplitting } from './scripts/monacoChunks.mjs';

// Absolute origin used for each JSON Schema's `$id`: SITE_URL, or the local address `npm start`
// serves at (PORT, default 4321). Set SITE_URL when building for a deployment.
const site = siteUrl(process.env);
// The playground's editor: what the full-page playground preloads, and what Monaco's chunks hold (what it runs with).
const MONACO_EDITOR_MODULE = 'src/playground/monacoEditor.ts';
if ('error' in site) throw new Error(site.error);

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	// Starlight turns Astro's link prefetching on. Its script watches every DOM change of the page
	// for new links: on the playground that is every line Monaco draws, at load and at each
	// keystroke (README, "Performance"). Pages here are small and static; they load fast unprefetched.
	prefetch: false,
	// Starlight highlights code with Expressive Code, which turns Astro's own Shiki off anyway; saying
	// so here keeps Astro from warning that Shiki's inline styles and a CSP do not mix.
	markdown: { syntaxHighlight: false },
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
				// CSS it ships), which a static site cannot hash in advance; the search UI's own rules come
				// as a <style> too (scripts/vitePagefindCss.mjs). Styles only: scripts stay strict.
				resources: ["'self'", "'unsafe-inline'"],
			},
		},
	},
	vite: {
		plugins: [monacoStubs(), monacoCommandMetadata(), monacoTokensFix(), monacoLineBreaks(), monacoEolCount(), monacoLineStarts(), monacoInjectedText(), ...monacoLateFeatures(), monacoCssOnDemand(), ...monacoActionWidgetCss(), monacoUsedCodicons(), pagefindCssOnDemand()],
		resolve: {
			// Starlight's search imports Pagefind's UI on every page when idle; this stand-in fetches it
			// when the reader first reaches for search (see the file). Only the bare name is replaced.
			alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/search/deferredPagefindUI.ts', import.meta.url)) }],
		},
		// Pre-bundling would skip the plugins above in `astro dev`.
		optimizeDeps: { exclude: ['monaco-editor'] },
		build: {
			// In kB. Monaco's two chunks (2.3 MB together: the editor's 1.6 MB, its features' 0.7 MB) are
			// split off on purpose: they load only when a playground nears the viewport, and
			// tests/e2e/budgets.ts holds their size. Any other chunk above this still gets Vite's warning.
			chunkSizeWarningLimit: 1700,
			rolldownOptions: {
				// Drops one notice about Astro's own generated code (see the function).
				onwarn: dropAstroInternalNotices,
				// Monaco's modules the editor runs with in one chunk, its features' in another (see the file).
				output: { codeSplitting: monacoCodeSplitting({ entry: fileURLToPath(new URL(`./${MONACO_EDITOR_MODULE}`, import.meta.url)) }) },
			},
		},
	},
	integrations: [
		starlight({
			// Fails the build on a broken internal link or anchor.
			// Custom (non-content) pages cannot be validated by the plugin: they are excluded here and
			// visited by the end-to-end suite instead.
			plugins: [
				starlightLinksValidator({ exclude: [PLAYGROUND_PATH, modelPagePath('*'), operationPagePath('*')] }),
			],
			title: 'Intuned SDK model reference',
			// Our own src/pages/404.astro instead of Starlight's, which looks for a `404` docs entry and
			// warns on every build when there is none.
			disable404Route: true,
			// Long names wrap between their words wherever Starlight shows them (see NameBreaks.astro).
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				PageSidebar: './src/components/overrides/PageSidebar.astro',
				Pagination: './src/components/overrides/Pagination.astro',
			},
			customCss: ['./src/styles/layout.css'],
			description:
				'Reference and live validator for the auth-session creation flow of the Intuned API TypeScript SDK, generated from the Zod schemas the SDK validates with.',
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'Playground', link: PLAYGROUND_PATH },
				{
					label: 'Operations',
					// One entry per registered operation, in flow order.
					items: operations.map((operation) => ({ label: operation.id, link: operationPagePath(operation.id) })),
				},
				{
					label: 'Models',
					// One entry per registered model, grouped by kind: adding a model to the registry adds it here.
					items: modelGroups(models).map((group) => ({
						label: group.label,
						items: group.entries.map((model) => ({ label: model.name, link: modelPagePath(model.slug) })),
					})),
				},
			],
		}),
		cspInlineScripts(),
		siteUrlInfo(site),
		// The full-page playground asks for the editor from the start (docs pages: when it nears the viewport).
		monacoPreload({ module: MONACO_EDITOR_MODULE, pages: [PLAYGROUND_PATH] }),
	],
});
