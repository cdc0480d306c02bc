import Ajv from 'ajv';
import { ENUM_PATH, MODEL_PATH, expect, test } from './fixtures';

const PAGES = [
	['/', 'Intuned SDK model reference'],
	[MODEL_PATH, 'CreateOrUpdateAuthSessionStart'],
	[ENUM_PATH, 'CreateOrUpdateAuthSessionStartStatus'],
] as const;

for (const [path, title] of PAGES) {
	test(`${path} renders its title with no console error`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveText(title);
		await page.waitForLoadState('networkidle');
	});
}

test('the Fields table has exactly the seed page rows', async ({ page }) => {
	await page.goto(MODEL_PATH);
	const rows = page.locator('table.fields-table tbody tr');
	await expect(rows).toHaveCount(2);
	const cells = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))
	);
	expect(cells).toEqual([
		['status', 'CreateOrUpdateAuthSessionStartStatus', '✔️ Yes', 'N/A'],
		[
			'operationId',
			'string',
			'✔️ Yes',
			'Operation ID for the auth session creation. This is used in the resume and result operations.Goes to: Path parameter of result, resume (operationId)',
		],
	]);
	await expect(page.locator('table.fields-table thead th')).toHaveText([
		'Field',
		'Type',
		'Required',
		'Description',
	]);
});

test('the status type links to the enum page', async ({ page }) => {
	await page.goto(MODEL_PATH);
	await page.locator('tr[data-field="status"] a', { hasText: 'CreateOrUpdateAuthSessionStartStatus' }).click();
	await expect(page).toHaveURL(ENUM_PATH);
	await expect(page.locator('table.values-table tbody tr')).toHaveText([/"started"\s*CreateOrUpdateAuthSessionStartStatus\.Started/]);
});

test('the Example Usage is the seed snippet, with a copy button', async ({ page }) => {
	await page.goto(MODEL_PATH);
	const block = page.locator('.expressive-code').first();
	await expect(block.locator('pre')).toContainText(
		'import { CreateOrUpdateAuthSessionStart } from "@intuned/client/models/components";'
	);
	await expect(block.locator('pre')).toContainText('operationId: "<value>",');
	await expect(block.locator('button[data-code]')).toHaveCount(1);
});

test('the schema download is the JSON the page shows, and ajv agrees with the SDK', async ({
	page,
	request,
}) => {
	await page.goto(MODEL_PATH);
	const link = page.locator('a[data-schema-download]');
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('CreateOrUpdateAuthSessionStart.json');

	const response = await request.get(await link.getAttribute('href') as string);
	expect(response.headers()['content-type']).toContain('application/json');
	const text = await response.text();
	const shown = await page.locator('.expressive-code').last().locator('pre').evaluate(
		(pre) => [...pre.querySelectorAll('.ec-line')].map((line) => line.textContent).join('\n')
	);
	expect(`${shown}\n`).toBe(text);

	const validate = new Ajv().compile(JSON.parse(text));
	expect(validate({ status: 'started', operationId: '<value>' })).toBe(true);
	expect(validate({ status: 'Started', operationId: 'x' })).toBe(false);
});

for (const query of ['CreateOrUpdateAuthSessionStart', 'operationId']) {
	test(`search finds the model page for "${query}"`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.locator('#starlight__search input').fill(query);
		const result = page.locator('#starlight__search a[href*="/models/createorupdateauthsessionstart/"]').first();
		await expect(result).toBeVisible();
	});
}

test('the theme switch changes the page theme', async ({ page }) => {
	await page.goto(MODEL_PATH);
	const select = page.locator('starlight-theme-select select').first();
	await select.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await select.selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(lightBackground).not.toBe(darkBackground);
});

test('the sidebar lists every model', async ({ page }) => {
	await page.goto('/');
	const sidebar = page.locator('nav.sidebar');
	await expect(sidebar.getByRole('link', { name: 'CreateOrUpdateAuthSessionStart', exact: true })).toHaveAttribute('href', MODEL_PATH);
	await expect(sidebar.getByRole('link', { name: 'CreateOrUpdateAuthSessionStartStatus', exact: true })).toHaveAttribute('href', ENUM_PATH);
});

test('the home page links to each model (as the sidebar lists them) and to the playground', async ({ page }) => {
	await page.goto('/');
	const content = page.locator('main');
	const sidebarModels = await page.locator('nav.sidebar a[href^="/models/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	const listed = await content.locator('.model-groups a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(sidebarModels).toHaveLength(23);
	expect([...listed].sort()).toEqual([...sidebarModels].sort());
	await expect(content.locator('.model-groups').getByRole('link', { name: 'CreateOrUpdateAuthSessionStart', exact: true })).toHaveAttribute('href', MODEL_PATH);
	await expect(content.locator('.model-groups').getByRole('link', { name: 'CreateOrUpdateAuthSessionStartStatus', exact: true })).toHaveAttribute('href', ENUM_PATH);
	await content.getByRole('link', { name: 'playground', exact: true }).click();
	await expect(page).toHaveURL('/playground/');
	await expect(page.locator('h1')).toHaveText('Playground');
});
