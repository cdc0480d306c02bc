import { MODEL_PATH, expect, test } from './fixtures';
import { PLAYGROUND_PATH, blankIcons, editorText, monacoReady, problems, replaceText, status } from './playground';

test.describe('the editor respects the reader', () => {
	test('Enter after `"started", ` inserts a new line, not a suggestion', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": "started", "operationId": "x"}');
		await page.locator('.monaco-editor .view-lines').click();
		await page.keyboard.press('ControlOrMeta+Home');
		for (let i = 0; i < '{"status": "started",'.length; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.type(' ');
		await page.keyboard.press('Enter');
		// Monaco draws the edit on its next frame: wait for it (a suggestion taken would change the text).
		await expect
			.poll(async () => {
				const text = await editorText(page);
				return { lines: text.split('\n').length, withoutSpace: text.replace(/\s+/g, '') };
			})
			.toEqual({ lines: 2, withoutSpace: '{"status":"started","operationId":"x"}' });
	});

	test('Shift+Alt+F formats the document, like the Format button', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status":"started","operationId":"x"}');
		await page.keyboard.press('Shift+Alt+F');
		await expect.poll(() => editorText(page)).toBe('{\n  "status": "started",\n  "operationId": "x"\n}\n');
	});

	test('the context menu has an opaque background and offers Format Document', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
		const menu = page.locator('.monaco-menu').first();
		await expect(menu).toBeVisible();
		const background = await menu.evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		expect(background).not.toBe('transparent');
		await expect(page.locator('.monaco-menu .action-label', { hasText: 'Format Document' })).toBeVisible();
	});

	test('a stale notice is gone after the next edit', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": ');
		await page.getByRole('button', { name: 'Format' }).click();
		await expect(page.locator('[data-pg-notice]')).toContainText('fix the syntax error first');
		await replaceText(page, '{"status": "started", "operationId": "x"}');
		await expect(status(page)).toHaveText('Valid');
		await expect(page.locator('[data-pg-notice]')).toBeHidden();
	});

	test('errors are listed before warnings', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"extra": 1, "status": "Started", "operationId": "x"}');
		await expect(problems(page)).toHaveCount(2);
		await expect(problems(page).nth(0)).toHaveAttribute('data-severity', 'error');
		await expect(problems(page).nth(1)).toHaveAttribute('data-severity', 'warning');
	});

	test('a reload restores the draft, with a Reset in the notice', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": "started", "operationId": "my draft"}');
		await expect(status(page)).toHaveText('Valid');
		await page.reload();
		await monacoReady(page);
		await expect.poll(() => editorText(page)).toContain('"operationId": "my draft"');
		await expect(page.locator('[data-pg-notice]')).toContainText('Restored your draft.');
		await page.locator('[data-pg-notice-action]').click();
		await expect.poll(() => editorText(page)).toContain('"operationId": "<value>"');
		await expect(page.locator('[data-pg-notice]')).toContainText('Reset to the documented example.');
		await page.locator('[data-pg-notice-action]', { hasText: 'Undo' }).click();
		await expect.poll(() => editorText(page)).toContain('"operationId": "my draft"');
	});

	test('after Share link and an edit, a reload does not bring the shared value back', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": "started", "operationId": "shared"}');
		await page.getByRole('button', { name: 'Share link' }).click();
		await expect(page).toHaveURL(/#model=/);
		await replaceText(page, '{"status": "started", "operationId": "edited"}');
		await expect(page).not.toHaveURL(/#/);
		await page.reload();
		await monacoReady(page);
		await expect.poll(() => editorText(page)).toContain('"operationId": "edited"');
	});

	test('Tab from the toolbar passes over the embedded editor without changing the text', async ({ page }) => {
		await page.goto(`${MODEL_PATH}#try-it`);
		await monacoReady(page);
		const before = await editorText(page);
		await page.getByRole('button', { name: 'Share link' }).focus();
		await page.keyboard.press('Tab');
		const frame = page.locator('.pg-monaco');
		await expect(frame).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(frame).not.toBeFocused();
		await expect(page.locator('.monaco-editor textarea.inputarea')).not.toBeFocused();
		expect(await editorText(page)).toBe(before);
		// Enter on the frame edits; Escape leaves again.
		await frame.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.monaco-editor textarea.inputarea')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(frame).toBeFocused();
		expect(await editorText(page)).toBe(before);
	});

	test('the editor textbox says whether the value is invalid and what describes it', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		const input = page.locator('.monaco-editor textarea.inputarea');
		const describedBy = await input.getAttribute('aria-describedby');
		await expect(page.locator(`#${describedBy}`)).toHaveAttribute('data-pg-status', '');
		await replaceText(page, '{"status": "Started", "operationId": "x"}');
		await expect(input).toHaveAttribute('aria-invalid', 'true');
	});

	// The build leaves out Monaco's EditContext input (scripts/viteMonacoStubs.mjs): in Chromium too,
	// keys and input methods reach the editor through its textarea, as in Firefox and Safari.
	test('text composed with an input method (IME) lands where the cursor is, and is checked', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": "started", "operationId": ""}');
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('.monaco-editor textarea.inputarea')).toBeFocused();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
		await cdp.send('Input.insertText', { text: '日本' });
		await expect.poll(() => editorText(page)).toBe('{"status": "started", "operationId": "日本"}');
		await expect(status(page)).toHaveText('Valid');
	});

	// Monaco 0.57 kept an empty line's "no tokens" marker when text was typed into it, then counted
	// the line as empty when it was joined with the next one before its tokenizer ran again: the
	// line's tokens fell out of step with its text ("Token length and text length do not match!")
	// and the bracket-pair parser could loop until the tab ran out of memory. Key by key, 2 tries in
	// 5 froze; with the two keys sent at once, as here, every try did. The build patches Monaco
	// (scripts/viteMonacoTokensFix.mjs); the fixture fails the test on the page error.
	test('typing into an empty line and joining it with the next at once never freezes the tab', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		for (let round = 0; round < 3; round++) {
			await replaceText(page, '1\n\n2');
			// The last line's number is coloured once the tokenizer has passed the empty line above it.
			await expect(page.locator('.monaco-editor .view-line span span', { hasText: /^2$/ })).not.toHaveClass('mtk1');
			await page.keyboard.press('ArrowUp');
			await Promise.all([page.keyboard.type('x'), page.keyboard.press('Delete')]);
			await expect.poll(() => editorText(page), { timeout: 5000 }).toBe('1\nx2');
		}
	});
});

test.describe('one-click fixes', () => {
	test.use({ expectedConsoleErrors: /^Failed to load resource|^Monaco failed to load:/ });

	test('the list Fix button applies the engine\'s fix in the textarea fallback', async ({ page }) => {
		await page.route(/monacoEditor/, (route) => route.abort());
		await page.goto(PLAYGROUND_PATH);
		await expect(page.locator('[data-pg-notice]')).toContainText('could not be loaded', { timeout: 15_000 });
		const textarea = page.locator('[data-pg-textarea]');
		await textarea.fill('{"Status": "started", "operationId": "x"}');
		await expect(problems(page).first()).toContainText('Unknown key "Status": did you mean "status"?');
		await page.getByRole('button', { name: 'Fix: Rename to "status"' }).click();
		await expect(textarea).toHaveValue('{"status": "started", "operationId": "x"}');
		await expect(status(page)).toHaveText('Valid');
	});

	test('Ctrl+. on a wrong-case enum value offers the fix; applying it makes the value Valid', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": "Started", "operationId": "x"}');
		await expect(status(page)).toHaveText('Invalid: 1 error');
		await page.keyboard.press('ControlOrMeta+Home');
		for (let i = 0; i < '{"status": "St'.length; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ControlOrMeta+.');
		const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to' });
		await expect(action).toBeVisible();
		// The menu's icons (the fix's light bulb) and the light bulb in the editor draw their glyphs.
		expect(await blankIcons(page, '.action-widget')).toEqual([]);
		expect(await blankIcons(page, '.monaco-editor')).toEqual([]);
		await page.keyboard.press('Enter');
		await expect(status(page)).toHaveText('Valid');
		await expect.poll(() => editorText(page)).toBe('{"status": "started", "operationId": "x"}');
	});

	test('the list Fix button in Monaco: a wrong-case enum value becomes Valid', async ({ page }) => {
		await page.goto(PLAYGROUND_PATH);
		await monacoReady(page);
		await replaceText(page, '{"status": "Started", "operationId": "x"}');
		await page.getByRole('button', { name: 'Fix: Change to "started"' }).click();
		await expect(status(page)).toHaveText('Valid');
		await expect.poll(() => editorText(page)).toBe('{"status": "started", "operationId": "x"}');
	});
});
