// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { models } from './src/schemas/registry.ts';
import { modelPagePath, PLAYGROUND_PATH } from './src/lib/paths.ts';
import { monacoOnDemand } from './scripts/viteMonaco.mjs';

// Absolute origin used for each JSON Schema's `$id`; override when deploying elsewhere.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	vite: {
		plugins: [monacoOnDemand()],
		// Pre-bundling would skip the plugin above in `astro dev`.
		optimizeDeps: { exclude: ['monaco-editor'] },
	},
	integrations: [
		starlight({
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
	],
});
