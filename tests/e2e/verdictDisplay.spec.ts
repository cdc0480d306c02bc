import { expect, test } from './fixtures';
import { PLAYGROUND_PATH, monacoReady, replaceText, squiggleLines, status } from './playground';

test.beforeEach(async ({ page }) => {
	await page.goto(PLAYGROUND_PATH);
	await monacoReady(page);
});

test('the status line has a state for valid, valid with warnings, and invalid, each drawn differently', async ({ page }) => {
	const background = () => status(page).evaluate((element) => getComputedStyle(element).backgroundColor);
	const seen: Record<string, string> = {};
	for (const [text, summary, state] of [
		['{"status": "started", "operationId": "x"}', 'Valid', 'valid'],
		['{"status": "started", "operationId": "x", "extra": 1}', 'Valid, 1 warning', 'warning'],
		['{"status": "Started", "operationId": "x", "extra": 1}', 'Invalid: 1 error, 1 warning', 'invalid'],
	] as const) {
		await replaceText(page, text);
		await expect(status(page)).toHaveText(summary);
		await expect(status(page)).toHaveAttribute('data-state', state);
		seen[state] = await background();
	}
	expect(new Set(Object.values(seen)).size).toBe(3);
});

test('an error at the very end of the text is underlined on its last character', async ({ page }) => {
	await replaceText(page, '{"status": "started", "operationId": "x"');
	await expect(status(page)).toHaveText('Invalid: 1 error');
	await expect.poll(() => squiggleLines(page, 'error')).toEqual([1]);
	const { squiggle, lastCharacter } = await page.locator('.monaco-editor').evaluate((editor) => {
		const box = ({ left, right }: DOMRect) => ({ left, right });
		const line = editor.querySelector('.view-lines .view-line > span')!;
		const texts = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
		let last: Text | undefined;
		for (let node = texts.nextNode(); node; node = texts.nextNode()) last = node as Text;
		const range = document.createRange();
		range.setStart(last!, last!.length - 1);
		range.setEnd(last!, last!.length);
		return {
			squiggle: box(editor.querySelector('.view-overlays .squiggly-error')!.getBoundingClientRect()),
			lastCharacter: box(range.getBoundingClientRect()),
		};
	});
	// A few pixels wide, and under the closing quote (Monaco would draw an empty range after it);
	// 1 px of slack for Monaco's whole-pixel positions.
	expect(squiggle.right - squiggle.left).toBeGreaterThan(3);
	expect(squiggle.left).toBeGreaterThanOrEqual(lastCharacter.left - 1);
	expect(squiggle.right).toBeLessThanOrEqual(lastCharacter.right + 1);
});
