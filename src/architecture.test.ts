// The architecture the README describes, as a test: which folder may import what. Test files
// (`*.test.ts`, `*.test-helper.ts`) may import anything and are not checked.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importViolations, type ImportRule } from '../scripts/importViolations.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const sourceFiles = (readdirSync(`${root}/src`, { recursive: true }) as string[])
	.map((path) => `src/${path.split('\\').join('/')}`)
	.filter((path) => /\.(ts|mts|js|mjs)$/.test(path) && !/\.test(-helper)?\.ts$/.test(path))
	.map((path) => ({ path, text: readFileSync(`${root}/${path}`, 'utf8') }));

const rules: ImportRule[] = [
	{
		name: 'the schemas are the SDK schemas: they import only each other and Zod',
		folder: 'src/schemas',
		allowedFolders: ['src/schemas'],
		allowedPackages: ['zod', 'zod/v3'],
	},
	{
		name: 'the engine runs anywhere (build, page, worker): only the schemas and Zod, never Monaco, the DOM, the playground or the page utilities',
		folder: 'src/validation',
		allowedFolders: ['src/validation', 'src/schemas'],
		allowedPackages: ['zod', 'zod/v3'],
	},
	{
		name: 'the playground computes no verdict of its own: it calls the engine and never imports Zod',
		folder: 'src/playground',
		forbiddenPackages: ['zod', 'zod-to-json-schema'],
	},
	{
		name: "the search stand-in brings only Pagefind's own UI and the rest of its stylesheet (scripts/vitePagefindCss.mjs), and only when the reader reaches for search",
		folder: 'src/search',
		allowedFolders: ['src/search'],
		allowedPackages: ['@pagefind/default-ui/npm_dist/mjs/ui-core.mjs', 'virtual:pagefind-ui-deferred.css'],
	},
];

describe('architecture', () => {
	test('the source files were found', () => {
		expect(sourceFiles.map((file) => file.path)).toContain('src/validation/validate.ts');
	});

	test('every import follows the rules', () => {
		expect(importViolations(sourceFiles, rules)).toEqual([]);
	});
});
