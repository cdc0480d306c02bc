import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PLAYGROUND_PATH = '/playground/';

/** Waits until the playground has swapped its textarea for Monaco. */
export async function monacoReady(page: Page): Promise<void> {
	await expect(page.locator('[data-playground]')).toHaveAttribute('data-editor', 'monaco', { timeout: 20_000 });
	await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
	// The editor's features (find, hover, quick fixes...) come a frame after its first line.
	await expect(page.locator('[data-playground]')).toHaveAttribute('data-editor-features', 'ready', { timeout: 20_000 });
}

/**
 * Replaces the editor's text as a reader pasting it does: select all, paste from the clipboard.
 * (Typing multi-line JSON would fight Monaco's auto-closing brackets and auto-indent.)
 */
export async function replaceText(page: Page, text: string): Promise<void> {
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await page.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('ControlOrMeta+V');
}

/**
 * The editor's current text, read from Monaco's rendered lines (what the reader sees). Long lines
 * wrap: a visual row without a line number continues the line above it.
 */
export async function editorText(page: Page): Promise<string> {
	return page.locator('.monaco-editor').first().evaluate((editor) => {
		const numbered = new Set(
			[...editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')].map((number) => (number.parentElement as HTMLElement).style.top)
		);
		const rows = [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')].sort(
			(a, b) => parseFloat(a.style.top) - parseFloat(b.style.top)
		);
		let text = '';
		rows.forEach((row, index) => {
			if (index > 0 && numbered.has(row.style.top)) text += '\n';
			text += row.textContent!.replace(/\u00a0/g, ' ');
		});
		return text;
	});
}

/** Line numbers that carry a squiggle of this severity, matched by their vertical position. */
export async function squiggleLines(page: Page, severity: 'error' | 'warning' | 'info'): Promise<number[]> {
	return page.locator('.monaco-editor').evaluate((editor, kind) => {
		const lineAt = new Map<string, number>();
		for (const number of editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')) {
			lineAt.set((number.parentElement as HTMLElement).style.top, Number(number.textContent));
		}
		const lines = [...editor.querySelectorAll<HTMLElement>(`.view-overlays .squiggly-${kind}`)].map(
			(squiggle) => lineAt.get((squiggle.parentElement as HTMLElement).style.top) ?? -1
		);
		return [...new Set(lines)].sort((a, b) => a - b);
	}, severity);
}

/** The line the cursor is on, from Monaco's highlighted line number. */
export async function cursorLine(page: Page): Promise<number> {
	return Number(await page.locator('.monaco-editor .line-numbers.active-line-number').first().textContent());
}

export const problems = (page: Page) => page.locator('[data-pg-problems] .pg-problem');
export const status = (page: Page) => page.locator('[data-pg-status]');

/**
 * The codicons inside `root` that draw no glyph (their `::before` has no content): the build keeps
 * only the icons Monaco's bundled code names (scripts/viteMonacoCodicons.mjs).
 */
export async function blankIcons(page: Page, root: string): Promise<string[]> {
	return page.locator(root).first().evaluate((element) =>
		[...element.querySelectorAll<HTMLElement>('.codicon')]
			.filter((icon) => icon.offsetParent !== null)
			.filter((icon) => !/^"\S/.test(getComputedStyle(icon, '::before').content))
			.map((icon) => icon.className)
	);
}

/**
 * Switches a playground to TypeScript mode and waits until it is in it: the mode's code loads
 * first, then the value is converted. Text typed or pasted before that would be overwritten by the
 * converted value, or completion would still answer for JSON.
 */
export async function switchToTypeScript(page: Page): Promise<void> {
	await page.getByLabel('TypeScript').check();
	await expect(page.locator('[data-playground]')).toHaveAttribute('data-mode', 'typescript');
}
