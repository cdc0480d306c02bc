import { MONACO_EDITOR_CHUNK } from '../../scripts/monacoChunks.mjs';
import { ENUM_PATH, MODEL_PATH, expect, test } from './fixtures';
import {
	PLAYGROUND_PATH,
	blankIcons,
	cursorLine,
	editorText,
	monacoReady,
	problems,
	replaceText,
	squiggleLines,
	status,
} from './playground';

const INVALID = '{\n  "operationId": "abc",\n  "status": "Started"\n}';
const VALID = '{\n  "operationId": "abc",\n  "status": "started"\n}';

test.describe('the playground page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
	});

	test('typing an invalid value marks the right line and lists the problem; fixing it is Valid', async ({ page }) => {
		await expect(status(page)).toHaveText('Valid');
		await replaceText(page, INVALID);
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page)).toHaveCount(1);
		await expect(problems(page).first()).toContainText('status');
		await expect(problems(page).first()).toContainText('"Started" is not an allowed value');
		await expect(problems(page).first()).toContainText('did you mean "started"?');
		await expect(problems(page).first()).toContainText('3:13');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([3]);

		await replaceText(page, VALID);
		await expect(status(page)).toHaveText('Valid');
		await expect(problems(page)).toHaveCount(0);
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([]);
	});

	test('a syntax error is marked where it is, with line and column', async ({ page }) => {
		await replaceText(page, '{\n  "status": "started",\n  "operationId": "x",\n}');
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page).first()).toContainText('Trailing comma');
		await expect(problems(page).first()).toContainText('3:21');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([3]);
	});

	test('an unknown key is a warning; the value stays valid', async ({ page }) => {
		await replaceText(page, '{\n  "status": "started",\n  "operationId": "x",\n  "extra": true\n}');
		await expect(status(page)).toHaveText('Valid, 1 warning');
		await expect(problems(page).first()).toHaveAttribute('data-severity', 'warning');
		await expect.poll(() => squiggleLines(page, 'warning')).toEqual([4]);
	});

	test('completion offers the missing key and the enum value; hover shows the description', async ({ page }) => {
		await replaceText(page, '{\n  "operationId": "x",\n  \n}');
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		await page.keyboard.press('Control+Space');
		const suggestions = page.locator('.suggest-widget .monaco-list-row');
		await expect(suggestions).toHaveCount(1);
		await expect(suggestions.first()).toContainText('status');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Control+Space');
		await expect(suggestions.first()).toContainText('"started"');
		await page.keyboard.press('Enter');
		await expect.poll(() => editorText(page)).toBe('{\n  "operationId": "x",\n  "status": "started"\n}');
		await expect(status(page)).toHaveText('Valid');

		await page.locator('.monaco-editor .view-line span span', { hasText: /^"operationId"$/ }).hover();
		const hover = page.locator('.monaco-hover').filter({ visible: true });
		await expect(hover).toContainText('Operation ID for the auth session creation');
		// The hover's markdown, rendered: the key in bold, its type as code, the description below.
		await expect(hover.locator('.markdown-hover p')).toHaveText([
			'operationId: string (required)',
			/^Operation ID for the auth session creation/,
		]);
		await expect(hover.locator('.markdown-hover p strong')).toHaveText('operationId');
		await expect(hover.locator('.markdown-hover p code')).toHaveText('string');
	});

	test("a suggestion's details show its type and the schema's description", async ({ page }) => {
		await replaceText(page, '{\n  "status": "started",\n  \n}');
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		await page.keyboard.press('Control+Space');
		await expect(page.locator('.suggest-widget .monaco-list-row')).toHaveText([/^operationId/]);
		// Ctrl+Space again opens the details beside the list.
		await page.keyboard.press('Control+Space');
		const details = page.locator('.suggest-details').filter({ visible: true });
		await expect(details.locator('.type')).toHaveText('string (required)');
		// The list's icons (a property's, the details' close button) draw their glyphs.
		expect(await blankIcons(page, '.suggest-widget')).toEqual([]);
		await expect(details.locator('.docs p')).toHaveText(
			'Operation ID for the auth session creation. This is used in the resume and result operations.'
		);
	});

	test('on a union, completion offers the keys of the member the tag names', async ({ page }) => {
		await page.locator('[data-pg-model]').selectOption('authsessioncreateresult');
		await replaceText(page, '{\n  "status": "failed",\n  \n}');
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		await page.keyboard.press('Control+Space');
		await expect(page.locator('.suggest-widget .monaco-list-row')).toHaveText([/^error/, /^message/]);
	});

	// Monaco 0.57's bracket-pair parser could loop until the tab ran out of memory after a "surround"
	// edit (a bracket or quote typed over a selection wraps it) in a language with a tokenizer; about
	// two tries in five froze the tab. The editor now replaces the selection instead (README).
	test('typing over the whole value, as a reader starting afresh does, never freezes the tab', async ({ page }) => {
		for (let round = 0; round < 4; round++) {
			for (const [typed, text] of [
				['{"a', '{"a"'],
				['"ab"', '"ab"'],
			]) {
				await replaceText(page, VALID);
				await page.keyboard.press('ControlOrMeta+A');
				await page.keyboard.type(typed);
				await expect.poll(() => editorText(page), { timeout: 5000 }).toBe(text);
				await expect(status(page)).toHaveText(/^Invalid/, { timeout: 5000 });
			}
		}
	});

	// The build swaps unused Monaco modules for stand-ins (scripts/viteMonacoStubs.mjs); the tools a
	// reader reaches for still work, and the fixture fails the test on any console error.
	test("the slimmed editor keeps its everyday tools: a marker's hover, find, the context menu", async ({ page }) => {
		await replaceText(page, INVALID);
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([3]);
		await page.locator('.monaco-editor .view-line span span', { hasText: /^"Started"$/ }).hover();
		const hover = page.locator('.monaco-hover').filter({ visible: true });
		await expect(hover).toContainText('"Started" is not an allowed value');
		// The engine's fix is offered right in the marker's hover.
		await expect(hover).toContainText('Quick Fix');

		await page.locator('.monaco-editor .view-lines').click();
		await page.keyboard.press('Control+F');
		await page.keyboard.type('status');
		await expect(page.locator('.monaco-editor .find-widget .matchesCount')).toHaveText('1 of 1');
		// Its buttons (case, word, regex, previous, next, selection, close) each draw their icon.
		expect(await page.locator('.monaco-editor .find-widget .codicon').filter({ visible: true }).count()).toBeGreaterThan(5);
		expect(await blankIcons(page, '.monaco-editor .find-widget')).toEqual([]);
		await page.keyboard.press('Escape');

		await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
		const menu = page.locator('.monaco-menu').filter({ visible: true });
		await expect(menu.getByRole('menuitem', { name: 'Copy', exact: true })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(menu).toHaveCount(0);
	});

	test('clicking a problem, or Enter on it, moves the cursor to it', async ({ page }) => {
		await replaceText(page, '{\n\n\n  "status": "Started",\n\n  "operationId": 1\n}');
		await expect(problems(page)).toHaveCount(2);
		await page.locator('.monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
		await problems(page).nth(1).click();
		await expect.poll(() => cursorLine(page)).toBe(6);
		await problems(page).nth(0).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => cursorLine(page)).toBe(4);
	});

	const EXAMPLES: [string, string][] = [
		['Valid: the documented example', 'Valid'],
		['Mistake: wrong case in "status"', 'Invalid: 1 error'],
		['Mistake: "operationId" missing', 'Invalid: 1 error'],
		['Mistake: "operationId" is a number', 'Invalid: 1 error'],
		['Warning: an unknown property', 'Valid, 1 warning'],
		['Mistake: trailing comma (syntax)', 'Invalid: 1 error'],
	];
	for (const [label, verdict] of EXAMPLES) {
		test(`the example "${label}" loads and shows ${verdict}`, async ({ page }) => {
			await replaceText(page, '{}');
			await page.locator('[data-pg-example]').selectOption({ label });
			// The example's text first: `{}` may have the same verdict as the example.
			await expect.poll(() => editorText(page)).toContain('"status"');
			await expect(status(page)).toHaveText(verdict);
		});
	}

	test('a long value: every warning counted, 500 listed (100 at a time), and later long texts checked in a worker', async ({ page }) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		const long = (status: string) => {
			const value: Record<string, string> = { status, operationId: 'op' };
			for (let i = 0; i < 20_000; i++) value[`extra${i}`] = `value ${i}`;
			return JSON.stringify(value, null, 2);
		};
		// The first long text is checked on the page while the worker starts...
		await replaceText(page, long('started'));
		await expect(status(page)).toHaveText('Valid, 20000 warnings');
		// The list draws 100 at a time, up to 500; the rest are counted.
		const more = page.locator('[data-pg-problems] .pg-more');
		await expect(problems(page)).toHaveCount(100);
		await expect(more.locator('span')).toHaveText('…and 19900 more.');
		for (const drawn of [200, 300, 400, 500]) {
			await more.getByRole('button', { name: 'Show 100 more' }).click();
			await expect(problems(page)).toHaveCount(drawn);
			// The keyboard goes on from the first problem just drawn.
			await expect(problems(page).nth(drawn - 100)).toBeFocused();
		}
		await expect(more.locator('span')).toHaveText('…and 19500 more.');
		await expect(more.getByRole('button')).toBeHidden();
		// ...the next one by the worker, with the same engine.
		await replaceText(page, long('Started'));
		await expect(status(page)).toHaveText('Invalid: 1 error, 20000 warnings');
		await expect(problems(page).first()).toContainText('"Started" is not an allowed value');
		await page.keyboard.press('Control+Home'); // markers are drawn on the lines in view
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([2]);
		expect(workers.filter((url) => /validationWorker/.test(url))).toHaveLength(1);
		// Back to a short text: checked at once, as before.
		await replaceText(page, INVALID);
		await expect(status(page)).toHaveText('Invalid: 1 error');
	});

	test('Format, Reset and the model picker', async ({ page }) => {
		await replaceText(page, '{"status":"started","operationId":"x"}');
		await page.locator('[data-pg-format]').click();
		await expect.poll(() => editorText(page)).toBe('{\n  "status": "started",\n  "operationId": "x"\n}\n');
		await replaceText(page, '{"status":');
		await page.locator('[data-pg-format]').click();
		await expect(page.locator('[data-pg-notice]')).toContainText('fix the syntax error first');
		await page.locator('[data-pg-reset]').click();
		await expect(status(page)).toHaveText('Valid');
		await expect.poll(() => editorText(page)).toContain('"<value>"');

		await page.locator('[data-pg-model]').selectOption('createorupdateauthsessionstartstatus');
		await expect.poll(() => editorText(page)).toBe('"started"\n');
		await expect(status(page)).toHaveText('Valid');
		await replaceText(page, '"Started"');
		await expect(problems(page).first()).toContainText('did you mean "started"?');
	});

	test('a share link round-trips the text and the model', async ({ page, context }) => {
		await page.locator('[data-pg-model]').selectOption('createorupdateauthsessionstartstatus');
		await replaceText(page, '"Started"');
		await page.locator('[data-pg-share]').click();
		await expect(page.locator('[data-pg-notice]')).toContainText('Share link copied');
		const url = await page.locator('[data-playground]').getAttribute('data-share-url');
		expect(url).toMatch(/\/playground\/#model=createorupdateauthsessionstartstatus&mode=json&code=/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

		const other = await context.newPage();
		await other.goto(url!);
		await monacoReady(other);
		await expect.poll(() => editorText(other)).toBe('"Started"');
		await expect(other.locator('[data-pg-model]')).toHaveValue('createorupdateauthsessionstartstatus');
		await expect(status(other)).toHaveText('Invalid: 1 error');
	});

	test('a garbage fragment shows a notice and the default example', async ({ page }) => {
		await page.goto(`${PLAYGROUND_PATH}#model=createorupdateauthsessionstart&code=%%%garbage`);
		await expect(page.locator('[data-pg-notice]')).toContainText('This share link could not be opened');
		await expect(page.locator('[data-pg-notice]')).toContainText('default example');
		await monacoReady(page);
		await expect.poll(() => editorText(page)).toContain('"<value>"');
		await expect(status(page)).toHaveText('Valid');
	});

	test('the theme switch restyles the editor', async ({ page }) => {
		const background = () =>
			page.locator('.monaco-editor-background').first().evaluate((element) => getComputedStyle(element).backgroundColor);
		const select = page.locator('starlight-theme-select select').first();
		await select.selectOption('light');
		await expect.poll(background).toBe('rgb(255, 255, 254)');
		await select.selectOption('dark');
		await expect.poll(background).toBe('rgb(30, 30, 30)');
	});

	test('keyboard only: Tab reaches every control, and the editor is left with Ctrl+M then Tab', async ({ page }) => {
		await page.locator('[data-pg-model]').focus();
		const reached: string[] = [];
		for (let i = 0; i < 9; i++) {
			reached.push(
				await page.evaluate(() => {
					const active = document.activeElement as HTMLElement;
					if (active.closest('.monaco-editor')) return 'editor';
					return Object.keys(active.dataset).find((key) => key.startsWith('pg')) ?? active.tagName;
				})
			);
			if (reached.at(-1) === 'editor') break;
			await page.keyboard.press('Tab');
		}
		expect(reached).toEqual(['pgModel', 'pgMode', 'pgExample', 'pgFormat', 'pgReset', 'pgCopy', 'pgShare', 'editor']);
		await expect(page.locator('.pg-hint')).toContainText('Ctrl+M');

		// Without focus mode, Tab stays in the editor (it indents).
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
		await replaceText(page, '{"status": "Started", "operationId": "x"}');
		await page.keyboard.press('Control+M');
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).className))
			.toBe('pg-problem');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
	});

	test('no request carries the typed text', async ({ page }) => {
		const secret = 'tell-no-one-7f3a9';
		const seen: string[] = [];
		page.on('request', (request) => seen.push(`${request.url()} ${request.postData() ?? ''}`));
		await replaceText(page, `{"status": "started", "operationId": "${secret}"}`);
		await page.locator('[data-pg-format]').click();
		await page.locator('[data-pg-share]').click();
		await page.waitForTimeout(500);
		expect(seen.filter((line) => line.includes(secret))).toEqual([]);
	});
});

test('docs pages without a playground load no Monaco byte', async ({ page }) => {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(urls.filter((url) => /monaco|codicon|worker|jsonMode/i.test(url))).toEqual([]);
	const styles = await page.evaluate(() => document.querySelectorAll('style[data-monaco]').length);
	expect(styles).toBe(0);
});

test('the model page requests Monaco only when the playground nears the viewport', async ({ page }) => {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto(MODEL_PATH);
	await page.waitForLoadState('networkidle');
	expect(urls.filter((url) => /monaco/.test(url))).toEqual([]);
	await expect(page.locator('[data-pg-status]')).toHaveText('Valid');
	await page.locator('#try-it').scrollIntoViewIfNeeded();
	await monacoReady(page);
	// The editor's chunk, Monaco's (scripts/monacoChunks.mjs) and the features', once each.
	expect(urls.map((url) => /\/(monaco[\w-]*)\.[\w-]+\.js$/.exec(url)?.[1]).filter(Boolean).sort()).toEqual(
		['monacoEditor', MONACO_EDITOR_CHUNK, 'monacoFeatures'].sort()
	);
});

test('the enum page has its own playground', async ({ page }) => {
	await page.goto(ENUM_PATH);
	await page.locator('#try-it').scrollIntoViewIfNeeded();
	await monacoReady(page);
	await replaceText(page, '" started"');
	await expect(problems(page).first()).toContainText('did you mean "started"?');
});

test("a new verdict's first rows come with it, the rest of its batch after the next frame, before the row that counts the rest", async ({ page }) => {
	// Animation frames can be held: callbacks asked for meanwhile wait until they are let go.
	await page.addInitScript(() => {
		const request = window.requestAnimationFrame.bind(window);
		const state = window as unknown as { heldFrames?: FrameRequestCallback[]; releaseFrames: () => void };
		window.requestAnimationFrame = (callback) => (state.heldFrames ? (state.heldFrames.push(callback), 0) : request(callback));
		state.releaseFrames = () => {
			const held = state.heldFrames ?? [];
			state.heldFrames = undefined;
			for (const callback of held) request(callback);
		};
	});
	await page.goto(PLAYGROUND_PATH);
	await monacoReady(page);
	const value: Record<string, string> = { status: 'started', operationId: 'op' };
	for (let i = 0; i < 300; i++) value[`extra${i}`] = `value ${i}`;
	await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(value, null, 2));
	await page.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.evaluate(() => ((window as unknown as { heldFrames: unknown[] }).heldFrames = []));
	await page.keyboard.press('ControlOrMeta+V');
	await expect(status(page)).toHaveText('Valid, 300 warnings');
	// While no frame is drawn: the first 12 rows, in order, then the row that counts the rest.
	await expect(problems(page)).toHaveCount(12);
	await expect(problems(page).nth(11).locator('.pg-path')).toHaveText('extra11');
	const rows = page.locator('[data-pg-problems] > li');
	await expect(rows.last()).toHaveClass('pg-more');
	await page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
	// Once a frame is drawn: the whole first batch, in order, still before that row.
	await expect(problems(page)).toHaveCount(100);
	await expect(problems(page).nth(12).locator('.pg-path')).toHaveText('extra12');
	await expect(problems(page).nth(99).locator('.pg-path')).toHaveText('extra99');
	await expect(rows).toHaveCount(101);
	await expect(rows.last()).toHaveClass('pg-more');
	await expect(rows.last().locator('span')).toHaveText('…and 200 more.');
});

test('before any script runs, the example and its verdict are on the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PLAYGROUND_PATH);
	await expect(page.locator('[data-pg-textarea]')).toHaveValue(/"operationId": "<value>"/);
	await expect(status(page)).toHaveText('Valid');
	await context.close();
});

test("the editor draws its first line and checks edits before its features are asked for; keys pressed meanwhile do not keep them from working", async ({ page }) => {
	const features: string[] = [];
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/monacoFeatures/, async (route) => {
		features.push(route.request().url());
		await held;
		await route.continue();
	});
	// When the page first has an editor line with text, by the page's own clock.
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			if (document.querySelector('.monaco-editor .view-line')?.textContent?.trim()) {
				(window as unknown as { firstLineAt: number }).firstLineAt = performance.now();
				observer.disconnect();
			}
		});
		observer.observe(document, { childList: true, subtree: true, characterData: true });
	});
	await page.goto(PLAYGROUND_PATH);
	await expect(page.locator('[data-playground]')).toHaveAttribute('data-editor', 'monaco', { timeout: 20_000 });
	// The features are asked for only after the first line, and the editor works without them.
	await expect.poll(() => features.length).toBe(1);
	await expect(page.locator('[data-playground]')).not.toHaveAttribute('data-editor-features', /./);
	await replaceText(page, INVALID);
	await expect(status(page)).toHaveText('Invalid: 1 error');
	await expect.poll(() => squiggleLines(page, 'error')).toEqual([3]);
	// Keys the editor handles before its features come (the keyboard service reads its key table).
	await page.keyboard.press('End');
	await page.keyboard.press('ControlOrMeta+F');
	await expect(page.locator('.monaco-editor .find-widget')).toHaveCount(0);

	release();
	await expect(page.locator('[data-playground]')).toHaveAttribute('data-editor-features', 'ready');
	// (The request's timing is on record once its answer is in.)
	const { firstLineAt, featuresAskedAt } = await page.evaluate(() => ({
		firstLineAt: (window as unknown as { firstLineAt?: number }).firstLineAt,
		featuresAskedAt: performance.getEntriesByType('resource').find((entry) => /monacoFeatures/.test(entry.name))?.startTime,
	}));
	expect(firstLineAt).toBeGreaterThan(0);
	expect(featuresAskedAt).toBeGreaterThan(firstLineAt!);
	// Their keys work, their widgets are drawn in the theme's colours, and problems get quick fixes.
	await page.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('ControlOrMeta+F');
	await expect(page.locator('.monaco-editor .find-widget')).toBeVisible();
	await page.keyboard.press('Escape');
	// Quick fixes, with the settings they register (the fix is offered from anywhere on the
	// problem's line, and the menu has its group headers).
	await page.locator('.monaco-editor .view-line span span', { hasText: /^"Started"$/ }).click();
	await page.keyboard.press('Home');
	await page.keyboard.press('ControlOrMeta+.');
	await expect(page.locator('.action-widget .monaco-list-row', { hasText: 'Change to' })).toBeVisible();
	await expect(page.locator('.action-widget .monaco-list-row.group-header')).not.toHaveCount(0);
	await page.keyboard.press('Escape');
	await page.keyboard.press('End');
	// The completion list's background is a colour only the features define.
	await page.keyboard.press('Control+Space');
	const suggestions = page.locator('.suggest-widget');
	await expect(suggestions.locator('.monaco-list-row').first()).toContainText('"started"');
	expect(await suggestions.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test.describe("when the editor's features cannot load", () => {
	test.use({ expectedConsoleErrors: /^Failed to load resource|^Monaco's features failed to load:/ });

	test('the editor says so and still checks the value', async ({ page }) => {
		await page.route(/monacoFeatures/, (route) => route.abort());
		await page.goto(PLAYGROUND_PATH);
		await expect(page.locator('[data-pg-notice]')).toContainText("find, hover, quick fixes and completion list could not be loaded", { timeout: 15_000 });
		await replaceText(page, INVALID);
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect.poll(() => squiggleLines(page, 'error')).toEqual([3]);
	});
});

test.describe('when Monaco cannot load', () => {
	// The page says so as a console error (so every other test fails if Monaco breaks), and this test
	// expects exactly that error.
	test.use({ expectedConsoleErrors: /^Failed to load resource|^Monaco failed to load:/ });

	test('the plain text box still validates', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.route(/monacoEditor/, (route) => route.abort());
		await page.goto(PLAYGROUND_PATH);
		await expect(page.locator('[data-pg-notice]')).toContainText('could not be loaded', { timeout: 15_000 });
		await expect.poll(() => errors.filter((text) => text.startsWith('Monaco failed to load:')).length).toBe(1);
		const textarea = page.locator('[data-pg-textarea]');
		await textarea.fill('{"status": "Started", "operationId": "x"}');
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await expect(problems(page).first()).toContainText('did you mean "started"?');
		await problems(page).first().click();
		await expect(textarea).toBeFocused();
		expect(await textarea.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(11);
	});
});

test('problem text from the reader is shown as text, never as HTML', async ({ page }) => {
	await page.goto(PLAYGROUND_PATH);
	await monacoReady(page);
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await replaceText(page, '{"status": "<img src=x onerror=alert(1)>", "operationId": "x", "<b>bold</b>": 1}');
	await expect(problems(page)).toHaveCount(2);
	await expect(problems(page).first()).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.locator('[data-pg-problems] img, [data-pg-problems] b')).toHaveCount(0);
	expect(dialogs).toBe(0);
});
