import { MODEL_PATH, expect, test } from './fixtures';
import { editorText, monacoReady, problems, replaceText, squiggleLines, status } from './playground';

/** Every model and operation page, read from the built sidebar (the registries decide what it lists). */
async function referencePages(page: import('@playwright/test').Page): Promise<string[]> {
	await page.goto('/');
	const hrefs = await page.locator('nav.sidebar a[href^="/models/"], nav.sidebar a[href^="/operations/"]').evaluateAll((links) =>
		links.map((link) => link.getAttribute('href')!)
	);
	return [...new Set(hrefs)];
}

test('every model and operation page renders, and every link in its content leads to a page', async ({ page }) => {
	test.slow();
	const pages = await referencePages(page);
	expect(pages.filter((href) => href.startsWith('/models/'))).toHaveLength(23);
	expect(pages.filter((href) => href.startsWith('/operations/'))).toEqual(['/operations/start/', '/operations/result/', '/operations/resume/']);
	const links = new Set<string>();
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('h1')).not.toBeEmpty();
		for (const href of await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
			links.add(href.split('#')[0]!);
		}
	}
	expect(links.size).toBeGreaterThan(30);
	for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
});

test('a union page lists its Supported Types, each linked to its member page', async ({ page }) => {
	await page.goto('/models/authsessioncreateresult/');
	const members = page.locator('.supported-types li a');
	await expect(members).toHaveText([
		'AuthSessionCreatePendingResult',
		'AuthSessionCreateDoneResult',
		'AuthSessionCreateRequestedMoreInfoResult',
		'AuthSessionCreateFailedResult',
	]);
	await members.nth(1).click();
	await expect(page).toHaveURL('/models/authsessioncreatedoneresult/');
	await expect(page.locator('tr[data-field="authSessionId"]')).toContainText('Auth session ID');
});

test('APIParameters: members that are not models are described in place', async ({ page }) => {
	await page.goto('/models/apiparameters/');
	await expect(page.locator('.supported-types li')).toHaveText([
		/\{ \[k: string\]: any \}\s*Any JSON object/,
		/any\[\]\s*Any JSON array/,
	]);
});

test('the seed operationId row links the result and resume operations', async ({ page }) => {
	await page.goto(MODEL_PATH);
	const row = page.locator('tr[data-field="operationId"]');
	await expect(row.locator('.destinations a')).toHaveText(['result', 'resume']);
	await row.locator('.destinations a', { hasText: 'resume' }).click();
	await expect(page).toHaveURL('/operations/resume/');
});

test('a field whose type is a union links the union and each member', async ({ page }) => {
	await page.goto('/models/authsessioncreaterequestedmoreinforesult/');
	const links = page.locator('tr[data-field="details"] td a');
	await expect(links).toHaveText(['Details', 'Otp', 'MultipleChoice']);
	await links.nth(1).click();
	await expect(page).toHaveURL('/models/otp/');
});

test('a renamed key shows its wire name in the Fields table', async ({ page }) => {
	await page.goto('/models/authsessioncreateresume/');
	await expect(page.locator('tr[data-field="infoRequestId"] th')).toHaveText(/infoRequestId\s*JSON: info_request_id/);
});

test('the home page flow: start -> result -> resume, from the operations registry', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.flow-step')).toHaveCount(3);
	await expect(page.locator('.flow-head a')).toHaveText(['start', 'result', 'resume']);
	const result = page.locator('.flow-step[data-operation="result"]');
	await expect(result).toContainText('AuthSessionCreatePendingResult: Still running');
	await expect(result.locator('li', { hasText: 'AuthSessionCreateRequestedMoreInfoResult' }).locator('a').last()).toHaveAttribute('href', '/operations/resume/');
});

test.describe('the union playground', () => {
	test('a wrong-case status is marked on its line with a did-you-mean listing every member', async ({ page }) => {
		await page.goto('/models/authsessioncreateresult/#try-it');
		await monacoReady(page);
		await replaceText(page, '{\n  "status": "Done",\n  "authSessionId": "x"\n}');
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page)).toHaveCount(1);
		await expect(problems(page).first()).toContainText('"Done" is not an allowed value: did you mean "done"?');
		await expect(problems(page).first()).toContainText('"pending", "done", "requested_more_info", "failed"');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([2]);
	});

	test('a missing member key is named, on the member the status picks', async ({ page }) => {
		await page.goto('/models/authsessioncreateresult/#try-it');
		await monacoReady(page);
		await replaceText(page, '{\n  "status": "done"\n}');
		await expect(problems(page)).toHaveCount(1);
		await expect(problems(page).first()).toContainText('Missing required property "authSessionId"');
		await expect(page.locator('[data-pg-problems]')).not.toContainText('Invalid input');
	});
});

test.describe('the resume body playground', () => {
	test('switching JSON <-> TypeScript renames info_request_id <-> infoRequestId', async ({ page }) => {
		await page.goto('/operations/resume/#try-it');
		await monacoReady(page);
		expect(await editorText(page)).toContain('"info_request_id"');
		await page.getByLabel('TypeScript').check();
		await expect.poll(() => editorText(page)).toContain('infoRequestId: "99999999-9999-9999-9999-999999999999"');
		await expect(status(page)).toHaveText('Valid');
		await page.getByLabel('JSON').check();
		await expect.poll(() => editorText(page)).toContain('"info_request_id": "99999999-9999-9999-9999-999999999999"');
	});

	test('the SDK name in JSON is an error naming the wire name', async ({ page }) => {
		await page.goto('/operations/resume/#try-it');
		await monacoReady(page);
		await replaceText(page, '{\n  "input": "1",\n  "infoRequestId": "r"\n}');
		await expect(problems(page).first()).toContainText('in JSON (on the wire) it is "info_request_id"');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([3]);
	});

	test('"What the SDK gets" shows the parsed value: unknown keys dropped, keys renamed', async ({ page }) => {
		await page.goto('/operations/resume/#try-it');
		await monacoReady(page);
		await replaceText(page, '{\n  "input": "1",\n  "info_request_id": "r",\n  "extra": true\n}');
		const output = page.locator('[data-pg-output-text]');
		await expect(output).toHaveText('{\n  input: "1",\n  infoRequestId: "r",\n}');
		await replaceText(page, '{\n  "input": 1\n}');
		await expect(output).toBeHidden();
		await expect(page.locator('[data-pg-output-note]')).toHaveText('Shown once the value is valid.');
	});

	test('Copy as curl carries the reader\'s body once valid, and refuses an invalid one with a notice', async ({ page }) => {
		await page.goto('/operations/resume/#try-it');
		await monacoReady(page);
		await replaceText(page, '{\n  "input": "654321",\n  "info_request_id": "abc"\n}');
		await expect(status(page)).toHaveText('Valid');
		await page.getByRole('button', { name: 'Copy as curl' }).click();
		await expect(page.locator('[data-pg-notice]')).toContainText('Copied the curl command with your body');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain("curl -X POST 'https://app.intuned.io/api/v1/workspace/");
		expect(copied).toContain('/auth-sessions/create/aaaabbbCCCCdddd/resume');
		expect(copied).toContain('"input": "654321"');

		await replaceText(page, '{\n  "input": 1\n}');
		await expect(status(page)).toHaveText(/Invalid/);
		await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
		await page.getByRole('button', { name: 'Copy as curl' }).click();
		await expect(page.locator('[data-pg-notice]')).toContainText('not valid yet');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('unchanged');
	});
});
