import type { Page } from '@playwright/test';
import { MODEL_PATH, expect, test } from './fixtures';
import { escapeRegExp } from '../../scripts/escapeRegExp.mjs';
import { SEARCH_UI_ASSET } from './budgets';
import { SEARCH_CASES } from './searchCases';
import { PAGEFIND_UI_CLASS } from '../../src/search/searchBoxMarkup';

/**
 * Searches with Starlight's search dialog, as a reader does; returns each result's page path and
 * every excerpt shown, once the results (or "No results") and their excerpts are on screen.
 */
async function search(page: Page, query: string) {
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.locator('#starlight__search');
	await dialog.locator('input').fill(query);
	// "3 results for x" or "No results for x"; not "Searching for x...".
	await expect(dialog.locator('.pagefind-ui__message')).toHaveText(new RegExp(`results? for ${escapeRegExp(query)}$`));
	await expect(dialog.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0);
	const pages = await dialog.locator('.pagefind-ui__result').evaluateAll((items) =>
		items.map((item) => new URL(item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!.href).pathname)
	);
	const excerpts = await dialog.locator('.pagefind-ui__result-excerpt').allTextContents();
	return { pages, excerpts };
}

/**
 * What the playground's toolbar looks like in a search excerpt if it gets indexed: its button labels
 * one after the other, as the built page shows them ("FormatResetCopyShare link"). A single label
 * may appear in prose ("Copy the value"); two in a row only come from the toolbar.
 */
async function playgroundControlsPattern(page: Page): Promise<RegExp> {
	await page.goto(MODEL_PATH);
	const labels = (await page.locator('[data-playground] .pg-toolbar button').allTextContents()).map((label) => label.trim());
	expect(labels.length).toBeGreaterThan(1);
	const pairs = labels.slice(1).map((label, index) => `${escapeRegExp(labels[index]!)}\\s*${escapeRegExp(label)}`);
	return new RegExp(pairs.join('|'));
}

for (const { query, first } of SEARCH_CASES) {
	test(`search: "${query}" puts ${first.join(' or ')} first, and no excerpt shows the playground's controls`, async ({ page }) => {
		const controls = await playgroundControlsPattern(page);
		const { pages, excerpts } = await search(page, query);
		expect(first).toContain(pages[0]);
		for (const excerpt of excerpts) expect(excerpt, `excerpt for "${query}"`).not.toMatch(controls);
	});
}

test("search: the playground's controls are not indexed", async ({ page }) => {
	const controls = await playgroundControlsPattern(page);
	const labels = await page.locator('[data-playground] .pg-toolbar button').allTextContents();
	for (const label of labels) {
		await page.goto(MODEL_PATH);
		const { excerpts } = await search(page, label.trim());
		for (const excerpt of excerpts) expect(excerpt, `excerpt for "${label}"`).not.toMatch(controls);
	}
});

test("search: a docs page's CSS has Pagefind's rules for the search box only; the results' rules come with the UI, in Starlight's layer", async ({ page, request }) => {
	await page.goto(MODEL_PATH);
	await page.waitForLoadState('networkidle');
	const stylesheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
	const css = (await Promise.all(stylesheets.map(async (href) => (await request.get(href)).text()))).join('\n');
	// Pagefind's own rules carry its Svelte scope classes (`.pagefind-ui__result.svelte-…`); Starlight's overrides do not.
	expect(css).toContain(`.pagefind-ui__search-input.${PAGEFIND_UI_CLASS}`);
	expect(css).not.toMatch(/\.pagefind-ui__result[\w-]*\.svelte-/);
	expect(css).not.toContain(`.pagefind-ui__button.${PAGEFIND_UI_CLASS}`);
	await expect(page.locator('style[data-pagefind-ui]')).toHaveCount(0);

	await search(page, SEARCH_CASES[0]!.query);
	const result = page.locator('#starlight__search .pagefind-ui__result').first();
	// Pagefind's rules, arrived with the UI.
	await expect(result).toHaveCSS('display', 'flex');
	await expect(result).toHaveCSS('list-style-type', 'none');
	await expect(page.locator('#starlight__search .pagefind-ui__result-excerpt').first()).toHaveCSS('min-width', '200px');
	// Starlight's overrides of them still win (`border: 0; padding: 0`): they arrived in Starlight's layer.
	await expect(result).toHaveCSS('border-top-width', '0px');
	await expect(result).toHaveCSS('padding-top', '0px');
	const style = page.locator('style[data-pagefind-ui]');
	await expect(style).toHaveCount(1);
	expect(await style.evaluate((element: HTMLStyleElement) => [...element.sheet!.cssRules].map((rule) => (rule as CSSLayerBlockRule).name))).toEqual(['starlight.core']);
	// What the build's split takes for granted: outside the search UI, no element of the page has a class of Pagefind's UI.
	const pagefindClassesOutside = await page.evaluate(() =>
		[...document.querySelectorAll('[class]')]
			.filter((element) => !element.closest('#starlight__search'))
			.flatMap((element) => [...element.classList].filter((name) => name.startsWith('pagefind-ui') || name.startsWith('svelte-')))
	);
	expect(pagefindClassesOutside).toEqual([]);
});

test('search: Ctrl+K as soon as the page is there opens the dialog with its input focused, though the search UI is fetched only then', async ({ page }) => {
	await page.goto(MODEL_PATH);
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Control+k');
	const input = page.locator('#starlight__search input');
	await expect(input).toBeFocused();
	await page.keyboard.type(SEARCH_CASES[0]!.query);
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});

test('search: opened before the page is idle (before Starlight sets search up), the dialog still gets its search box', async ({ page }) => {
	// A busy page: idle callbacks come a second late, so the reader's click comes first.
	await page.addInitScript(() => {
		window.requestIdleCallback = ((callback: IdleRequestCallback) =>
			window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 }), 1000)) as typeof window.requestIdleCallback;
	});
	await page.goto(MODEL_PATH, { waitUntil: 'domcontentloaded' });
	await page.getByRole('button', { name: 'Search' }).click();
	const input = page.locator('#starlight__search input');
	await expect(input).toBeFocused();
	await page.keyboard.type(SEARCH_CASES[0]!.query);
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});

/**
 * How the search box looks: what the rules for it in every page's CSS set on the box, its form
 * and the form's magnifier icon (`::before`), from both Pagefind's stylesheet and Starlight's.
 */
function searchBoxLook(page: Page) {
	return page.locator('#starlight__search input').evaluate((input) => {
		const pick = (style: CSSStyleDeclaration, names: string[]) => Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
		const form = input.closest('form')!;
		return {
			box: pick(getComputedStyle(input), ['height', 'width', 'border-top-width', 'border-top-style', 'border-top-color', 'border-top-left-radius', 'background-color', 'color', 'font-family', 'font-size', 'font-weight', 'padding-left', 'box-sizing']),
			ui: pick(getComputedStyle(form.parentElement!), ['width', 'color', 'font-family']),
			form: pick(getComputedStyle(form), ['position']),
			icon: pick(getComputedStyle(form, '::before'), ['content', 'position', 'width', 'height', 'top', 'left', 'mask-image', 'background-color', 'opacity']),
		};
	});
}

/** Holds the search UI's script back until the returned function is called. */
async function holdSearchUI(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(SEARCH_UI_ASSET, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('search: what the reader types right after Ctrl+K, before the search UI has arrived, stays in the search box and is searched', async ({ page }) => {
	const release = await holdSearchUI(page);
	await page.goto(MODEL_PATH);
	await page.waitForLoadState('networkidle');
	const query = SEARCH_CASES[0]!.query;
	await page.keyboard.press('Control+k');
	const input = page.locator('#starlight__search input');
	// A box to type into is there at once, where the real one will be, and looks like it.
	await expect(input).toBeFocused();
	await expect(input).toHaveAttribute('placeholder', 'Search');
	await page.keyboard.type(`${query}x`);
	await page.keyboard.press('Backspace');
	await expect(input).toHaveValue(query);
	const standInBox = await input.boundingBox();
	// Drawn by the rules every page's CSS keeps for it: the UI's own rules have not come yet.
	const standInLook = await searchBoxLook(page);
	expect(standInLook.icon['mask-image']).toContain('data:image/svg+xml');
	await expect(page.locator('style[data-pagefind-ui]')).toHaveCount(0);
	release();
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
	await expect(input).toHaveCount(1);
	await expect(input).toBeFocused();
	await expect(input).toHaveValue(query);
	const realBox = (await input.boundingBox())!;
	for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(realBox[side] - standInBox![side])).toBeLessThanOrEqual(1);
	expect(await searchBoxLook(page)).toEqual(standInLook);
	// The caret stays where the reader left it.
	await page.keyboard.type('s');
	await expect(input).toHaveValue(`${query}s`);
});

test('search: on a narrow screen, a query of two words and characters of any keyboard, typed before the search UI arrives, are all kept', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	const release = await holdSearchUI(page);
	await page.goto(MODEL_PATH);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	// Space typed here must not press the dialog's Cancel button.
	await page.keyboard.type('auth session ');
	// What an input method or an AltGr / Option key types arrives as text, not as one key per character.
	await page.keyboard.insertText('żółw€');
	await expect(dialog).toBeVisible();
	const standInLook = await searchBoxLook(page);
	release();
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toBeVisible();
	await expect(page.locator('#starlight__search input')).toHaveValue('auth session żółw€');
	await expect(dialog).toBeVisible();
	expect(await searchBoxLook(page)).toEqual(standInLook);
});

test.describe('search whose UI fails to load', () => {
	test.use({ expectedConsoleErrors: /^Failed to load resource|^Search could not be loaded/ });

	test('says so in the dialog, without the stand-in box, and the next reach for search loads it', async ({ page }) => {
		let failures = 1;
		await page.route(SEARCH_UI_ASSET, (route) => (failures-- > 0 ? route.abort() : route.continue()));
		await page.goto(MODEL_PATH);
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('Control+k');
		const results = page.locator('#starlight__search');
		await expect(results).toHaveText('Search could not be loaded. Try again, or reload the page.');
		await expect(results.locator('input')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.keyboard.type(SEARCH_CASES[0]!.query);
		await expect(results.locator('.pagefind-ui__result').first()).toBeVisible();
		await expect(results).not.toContainText('could not be loaded');
	});
});
