import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import {
	DEFERRED_CSS_ID,
	PAGEFIND_CSS_FILTERS,
	PAGEFIND_CSS_LAYER,
	STARLIGHT_SEARCH_IMPORT,
	pagefindCssOnDemand,
	withEagerRules,
} from './vitePagefindCss.mjs';

const SEARCH_ASTRO = fileURLToPath(new URL('../node_modules/@astrojs/starlight/dist/components/Search.astro', import.meta.url));
const plugin = pagefindCssOnDemand();
/**
 * A hook's function, without its filter, called with the little of the plugin context it uses
 * (not `addWatchFile`: in `astro dev` it would make Astro add all of Pagefind UI's stylesheet to every page).
 */
const hook = (name: 'resolveId' | 'load') => (id: string) =>
	(plugin[name] as { handler: (id: string) => unknown }).handler.call(
		{
			error: (message: string) => {
				throw new Error(message);
			},
		},
		id
	) as string;
/** What the bundler does with a hook filter: test the id, with `/` separators, against each pattern. */
const reaches = (filter: { id: RegExp | { include: RegExp[] } }, id: string) =>
	(filter.id instanceof RegExp ? [filter.id] : filter.id.include).some((pattern) => pattern.test(id.replaceAll('\\', '/')));

test("the pinned Starlight's search component imports all of Pagefind UI's stylesheet, once, as this plugin expects", () => {
	const source = readFileSync(SEARCH_ASTRO, 'utf8');
	expect(source.split(STARLIGHT_SEARCH_IMPORT)).toHaveLength(2);
	expect(STARLIGHT_SEARCH_IMPORT).toContain(`layer(${PAGEFIND_CSS_LAYER})`);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, SEARCH_ASTRO)).toBe(true);
});

test("Search.astro's @import becomes the stand-in's rules, in the same layer and place; the rest of its style is untouched", () => {
	const source = readFileSync(SEARCH_ASTRO, 'utf8');
	const code = hook('load')(SEARCH_ASTRO);
	expect(code).not.toContain('@pagefind/default-ui/css/ui.css');
	const [before, after] = source.split(STARLIGHT_SEARCH_IMPORT);
	expect(code.startsWith(before!)).toBe(true);
	expect(code.endsWith(after!)).toBe(true);
	const eager = code.slice(before!.length, code.length - after!.length);
	expect(eager.startsWith(`@layer ${PAGEFIND_CSS_LAYER} {\n`)).toBe(true);
	expect(eager).toContain('.pagefind-ui__search-input.svelte-e9gkc3');
	expect(eager).not.toContain('.pagefind-ui__result');
});

test('a Starlight that brings the stylesheet another way fails the build with a message', () => {
	expect(withEagerRules('<style is:global>@import "@pagefind/default-ui/css/ui.css";</style>', '')).toEqual({
		error: expect.stringMatching(/has 0 copies of .*look at scripts\/vitePagefindCss\.mjs again/),
	});
	expect(withEagerRules(`${STARLIGHT_SEARCH_IMPORT}\n${STARLIGHT_SEARCH_IMPORT}`, '')).toEqual({ error: expect.stringContaining('has 2 copies') });
	expect(withEagerRules(`a ${STARLIGHT_SEARCH_IMPORT} b`, '.x{}')).toEqual({ code: `a @layer ${PAGEFIND_CSS_LAYER} {\n.x{}}\n b` });
});

test("the deferred module is the rest of the stylesheet, in Starlight's layer", () => {
	const resolved = hook('resolveId')(`${DEFERRED_CSS_ID}?inline`);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, resolved)).toBe(true);
	const deferred = hook('load')(resolved);
	expect(deferred.startsWith(`@layer ${PAGEFIND_CSS_LAYER} {\n`)).toBe(true);
	expect(deferred).toContain('.pagefind-ui__result.svelte-');
	expect(deferred).not.toContain('.pagefind-ui__search-input.svelte-e9gkc3 {');
});

test('only Search.astro and the deferred module reach the hooks', () => {
	expect(reaches(PAGEFIND_CSS_FILTERS.resolveId, DEFERRED_CSS_ID)).toBe(true);
	expect(reaches(PAGEFIND_CSS_FILTERS.resolveId, `${DEFERRED_CSS_ID}?inline`)).toBe(true);
	expect(reaches(PAGEFIND_CSS_FILTERS.resolveId, `${DEFERRED_CSS_ID}x`)).toBe(false);
	expect(reaches(PAGEFIND_CSS_FILTERS.resolveId, './a.css')).toBe(false);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, SEARCH_ASTRO.replaceAll('/', '\\'))).toBe(true);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, `${SEARCH_ASTRO}?astro&type=style&index=1&lang.css`)).toBe(false);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, SEARCH_ASTRO.replace('Search.astro', 'Header.astro'))).toBe(false);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, '/app/src/components/Search.astro')).toBe(false);
	expect(reaches(PAGEFIND_CSS_FILTERS.load, DEFERRED_CSS_ID)).toBe(false);
});
