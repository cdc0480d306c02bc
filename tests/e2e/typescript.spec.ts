import { expect, test } from './fixtures';
import { PLAYGROUND_PATH, editorText, monacoReady, problems, replaceText, squiggleLines, status } from './playground';

const SEED = `import { CreateOrUpdateAuthSessionStart } from "@intuned/client/models/components";

let value: CreateOrUpdateAuthSessionStart = {
  status: "started",
  operationId: "<value>",
};`;

const typescriptRequests = (urls: string[]) => urls.filter((url) => /typescriptMode|\/typescript\.[^/]*js/.test(url));

test.describe('TypeScript mode', () => {
	let urls: string[];
	test.beforeEach(async ({ page }) => {
		urls = [];
		page.on('request', (request) => urls.push(request.url()));
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
	});

	test('JSON mode downloads nothing of TypeScript mode; switching loads it and converts the value', async ({ page }) => {
		await page.waitForLoadState('networkidle');
		expect(typescriptRequests(urls)).toEqual([]);
		await page.getByLabel('TypeScript').check();
		await expect(page.locator('[data-playground]')).toHaveAttribute('data-mode', 'typescript');
		await expect.poll(() => editorText(page)).toBe(`${SEED}\n`);
		await expect(status(page)).toHaveText('Valid');
		expect(typescriptRequests(urls).length).toBeGreaterThan(0);

		await page.getByLabel('JSON').check();
		await expect.poll(() => editorText(page)).toBe('{\n  "status": "started",\n  "operationId": "<value>"\n}\n');
	});

	test('the seed snippet pasted as is is Valid; "Started" is an error on its line with a did-you-mean', async ({ page }) => {
		await page.getByLabel('TypeScript').check();
		await replaceText(page, SEED);
		await expect(status(page)).toHaveText('Valid');
		await replaceText(page, SEED.replace('"started"', '"Started"'));
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page).first()).toContainText('did you mean "started"?');
		await expect(problems(page).first()).toContainText('4:11');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([4]);
	});

	test('a function call is an error at its range; text that does not parse is kept on switching', async ({ page }) => {
		await page.getByLabel('TypeScript').check();
		await replaceText(page, 'let value = { status: getStatus(), operationId: "x" };');
		await expect(problems(page).first()).toContainText('Only literal values can be checked');
		await page.getByLabel('JSON').check();
		await expect(page.locator('[data-pg-notice]')).toContainText('The text was kept as it is');
		await expect.poll(() => editorText(page)).toBe('let value = { status: getStatus(), operationId: "x" };');
	});

	test('completion in TypeScript mode offers unquoted keys', async ({ page }) => {
		await page.getByLabel('TypeScript').check();
		await replaceText(page, 'let value: CreateOrUpdateAuthSessionStart = {\n  status: "started",\n  \n};');
		for (const key of ['Control+Home', 'ArrowDown', 'ArrowDown', 'End']) await page.keyboard.press(key);
		await page.keyboard.press('Control+Space');
		await expect(page.locator('.suggest-widget .monaco-list-row')).toHaveText([/operationId/]);
		await page.keyboard.press('Enter');
		await expect.poll(() => editorText(page)).toContain('  operationId: \n');
	});

	test('the mode round-trips through a share link', async ({ page, context }) => {
		await page.getByLabel('TypeScript').check();
		await replaceText(page, SEED.replace('"started"', '"Started"'));
		await page.locator('[data-pg-share]').click();
		// The link is built asynchronously (compression): wait for it.
		await expect(page.locator('[data-playground]')).toHaveAttribute('data-share-url', /mode=ts/);
		const url = await page.locator('[data-playground]').getAttribute('data-share-url');
		const other = await context.newPage();
		await other.goto(url!);
		await monacoReady(other);
		await expect(other.locator('[data-playground]')).toHaveAttribute('data-mode', 'typescript');
		await expect(other.getByLabel('TypeScript')).toBeChecked();
		await expect.poll(() => editorText(other)).toBe(SEED.replace('"started"', '"Started"'));
		await expect(problems(other).first()).toContainText('did you mean "started"?');
	});
});
