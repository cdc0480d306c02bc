import type { Page } from '@playwright/test';
import { MODEL_PATH, expect, test } from './fixtures';
import { SEARCH_UI_ASSET } from './budgets';
import { SEARCH_CASES } from './searchCases';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

test('search: what the reader types right after Ctrl+K, before the search UI has arrived, is in the search box and searched', async ({ page }) => {
	// The search UI's script is held back until the reader has typed the query.
	let release!: () => void;
	const typed = new Promise<void>((resolve) => (release = resolve));
	await page.route(SEARCH_UI_ASSET, async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto(MODEL_PATH);
	await page.waitForLoadState('networkidle');
	const query = SEARCH_CASES[0]!.query;
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
	await page.keyboard.type(`${query}x`);
	await page.keyboard.press('Backspace');
	release();
	const input = page.locator('#starlight__search input');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue(query);
	await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});
