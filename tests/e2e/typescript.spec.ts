import { MODEL_PATH, expect, test } from './fixtures';
import { PLAYGROUND_PATH, editorText, monacoReady, problems, replaceText, squiggleLines, status, switchToTypeScript } from './playground';
import { readSeedDoc } from '../../scripts/seedDocs.mjs';

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
		await switchToTypeScript(page);
		await expect.poll(() => editorText(page)).toBe(`${SEED}\n`);
		await expect(status(page)).toHaveText('Valid');
		expect(typescriptRequests(urls).length).toBeGreaterThan(0);

		await page.getByLabel('JSON').check();
		await expect.poll(() => editorText(page)).toBe('{\n  "status": "started",\n  "operationId": "<value>"\n}\n');
	});

	test('the seed snippet pasted as is is Valid; "Started" is an error on its line with a did-you-mean', async ({ page }) => {
		await switchToTypeScript(page);
		await replaceText(page, SEED);
		await expect(status(page)).toHaveText('Valid');
		await replaceText(page, SEED.replace('"started"', '"Started"'));
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page).first()).toContainText('did you mean "started"?');
		await expect(problems(page).first()).toContainText('4:11');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([4]);
	});

	test('a function call is not checked, at its range; a value that is not all literal is kept on switching', async ({ page }) => {
		await switchToTypeScript(page);
		await replaceText(page, 'let value = { status: getStatus(), operationId: "x" };');
		// Code in a message is shown as code, never as raw backticks.
		await expect(problems(page).first()).toContainText('Not checked: getStatus() is a function call');
		await expect(problems(page).first().locator('.pg-message code')).toHaveText('getStatus()');
		await expect(problems(page).first()).toContainText('1:23');
		await page.getByLabel('JSON').check();
		await expect(page.locator('[data-pg-notice]')).toContainText('The text was kept as it is');
		await expect.poll(() => editorText(page)).toBe('let value = { status: getStatus(), operationId: "x" };');
	});

	test('completion in TypeScript mode offers unquoted keys', async ({ page }) => {
		await switchToTypeScript(page);
		await replaceText(page, 'let value: CreateOrUpdateAuthSessionStart = {\n  status: "started",\n  \n};');
		for (const key of ['Control+Home', 'ArrowDown', 'ArrowDown', 'End']) await page.keyboard.press(key);
		await page.keyboard.press('Control+Space');
		await expect(page.locator('.suggest-widget .monaco-list-row')).toHaveText([/operationId/]);
		await page.keyboard.press('Enter');
		await expect.poll(() => editorText(page)).toContain('  operationId: \n');
	});

	test('the mode round-trips through a share link', async ({ page, context }) => {
		await switchToTypeScript(page);
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

/** The SDK docs' Example Usage of `project.authSessions.create.start`: the `run()` example, as published. */
const START_RUN_EXAMPLE = /```typescript\n([\s\S]*?)```/.exec(
	readSeedDoc('operations-project.authSessions.create.md')
)![1]!;

test.describe('TypeScript mode never calls valid SDK code invalid', () => {
	test("the docs' run() example for start is Valid; the code around the body is dimmed, the body is what the SDK sends", async ({ page }) => {
		await page.goto('/operations/start/#try-it');
		await monacoReady(page);
		await switchToTypeScript(page);
		await replaceText(page, START_RUN_EXAMPLE);
		// The editor shows the end of the pasted text: the body and the code after it.
		await expect.poll(() => editorText(page)).toContain('run();');
		await expect(status(page)).toHaveText('Valid');
		await expect(problems(page)).toHaveCount(0);
		const dimmed = page.locator('.monaco-editor .view-lines .pg-unchecked');
		await expect(dimmed.first()).toBeVisible();
		const dimmedText = (await dimmed.allTextContents()).join('');
		expect(dimmedText).toContain('intunedClient.project.authSessions.create.start("my-project",');
		expect(dimmedText).toContain('console.log(result)');
		expect(dimmedText).not.toContain('my-auth-session');
		await expect(page.locator('[data-pg-output-text]')).toContainText('"id": "my-auth-session"');

		// The body is checked: a wrong value in it is an error on its line, the code around stays quiet.
		await replaceText(page, START_RUN_EXAMPLE.replace('id: "my-auth-session"', 'id: 42'));
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page).first()).toContainText('10:9');
		await expect(problems(page).first()).toContainText('Expected a string, received a number.');
	});

	test('an SDK enum constant on the seed model page is Valid, and hover shows its value', async ({ page }) => {
		await page.goto(`${MODEL_PATH}#try-it`);
		await monacoReady(page);
		await switchToTypeScript(page);
		await expect(status(page)).toHaveText('Valid');
		await replaceText(page, SEED.replace('status: "started"', 'status: CreateOrUpdateAuthSessionStartStatus.Started'));
		await expect.poll(() => editorText(page)).toContain('CreateOrUpdateAuthSessionStartStatus.Started');
		await expect(status(page)).toHaveText('Valid');
		await expect(problems(page)).toHaveCount(0);
		await page.locator('.monaco-editor .view-line span span', { hasText: /^Started$/ }).hover();
		await expect(page.locator('.monaco-hover').filter({ visible: true })).toContainText('CreateOrUpdateAuthSessionStartStatus.Started = "started" (SDK constant)');
	});

	test('a call (crypto.randomUUID()) is not checked: no error, an info on its line, and its own wording', async ({ page }) => {
		await page.goto(`${MODEL_PATH}#try-it`);
		await monacoReady(page);
		await switchToTypeScript(page);
		await replaceText(page, SEED.replace('operationId: "<value>"', 'operationId: crypto.randomUUID()'));
		await expect(status(page)).toHaveText('Valid as far as checked: 1 part not checked');
		await expect(status(page)).toHaveAttribute('data-state', 'partial');
		await expect(problems(page)).toHaveCount(1);
		await expect(problems(page).first()).toHaveAttribute('data-severity', 'info');
		await expect(problems(page).first().locator('.pg-severity')).toHaveText('Not checked');
		await expect(problems(page).first()).toContainText('crypto.randomUUID() is a function call');
		await expect(problems(page).first().locator('.pg-message code')).toHaveText('crypto.randomUUID()');
		await expect(problems(page).first()).not.toContainText('`');
		await expect.poll(() => squiggleLines(page, 'info')).toEqual([5]);
		expect(await squiggleLines(page, 'error')).toEqual([]);
		await expect(page.locator('[data-pg-output-note]')).toHaveText('Not shown: part of the value is only known when the code runs.');
	});
});
