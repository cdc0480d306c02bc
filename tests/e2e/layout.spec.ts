import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { nameWords } from '../../src/lib/nameWords';
import { expect, test } from './fixtures';

/** Every page of the built site: each HTML file in dist/ (so pages added later are covered). */
function builtPages(): string[] {
	const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : walk(path);
			return entry.name.endsWith('.html') ? [path] : [];
		});
	return walk(dist)
		.map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

const PAGES = builtPages();
const WIDTHS = [1280, 1024, 390] as const;
const THEMES = ['light', 'dark'] as const;
const PHONE = 390;

/**
 * Elements that show names: the page title, the Fields table's Type cells, the sidebar's items,
 * the Previous/Next links and the Values table's SDK constants.
 */
const NAMED = [
	'h1',
	'table.fields-table td:nth-child(2)',
	'nav.sidebar a',
	'.pagination-links .link-title',
	'table.values-table td:nth-child(2)',
].join(', ');

/** Where each word of each text starts and ends: words are split at spaces and at name word joints. */
function wordSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const token of text.matchAll(/\S+/g)) {
		let start = token.index;
		for (const word of nameWords(token[0])) {
			spans.push([start, start + word.length]);
			start += word.length;
		}
	}
	return spans;
}

/** Words that the browser laid out on more than one line (measured on the rendered line boxes). */
async function brokenWords(page: Page): Promise<string[]> {
	const named = page.locator(NAMED);
	const texts = await named.evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
	const spans = texts.map(wordSpans);
	return named.evaluateAll(
		(elements, spans) =>
			elements.flatMap((element, index) => {
				const nodes: Text[] = [];
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) nodes.push(walker.currentNode as Text);
				/** The text node and offset of a character position in the element's text. */
				const at = (position: number): [Text, number] => {
					for (const node of nodes) {
						if (position <= node.length) return [node, position];
						position -= node.length;
					}
					return [nodes.at(-1)!, nodes.at(-1)!.length];
				};
				return spans[index]!.flatMap(([start, end]) => {
					const range = document.createRange();
					range.setStart(...at(start));
					range.setEnd(...at(end));
					const lines = new Set(
						[...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))
					);
					return lines.size > 1 ? [`"${range.toString()}" in ${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`] : [];
				});
			}),
		spans
	);
}

for (const path of PAGES) {
	for (const width of WIDTHS) {
		for (const theme of THEMES) {
			test(`layout: ${path} at ${width} px, ${theme} theme`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme: theme });
				await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await page.evaluate(() => document.fonts.ready);

				// No page is wider than its viewport; if one is, name what sticks out.
				const overflow = await page.evaluate(() => {
					const { scrollWidth, clientWidth } = document.documentElement;
					const outside = [...document.querySelectorAll('body *')]
						.filter((element) => {
							const rect = element.getBoundingClientRect();
							return rect.width > 0 && rect.right > clientWidth + 1;
						})
						.slice(0, 5)
						.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
					return { scrollWidth, clientWidth, outside };
				});
				expect(overflow.scrollWidth, `wider than the viewport: ${overflow.outside.join(', ')}`).toBeLessThanOrEqual(
					overflow.clientWidth
				);

				// Names wrap between their words, never inside one.
				expect(await brokenWords(page)).toEqual([]);

				// Tables fit their column: none needs scrolling sideways.
				const wideTables = await page.locator('main table').evaluateAll((tables) =>
					tables.filter((table) => table.scrollWidth > table.clientWidth + 1).map((table) => table.className)
				);
				expect(wideTables).toEqual([]);

				// On a phone every Fields table description is readable without scrolling sideways.
				if (width === PHONE) {
					const descriptions = await page.locator('table.fields-table td:nth-child(4)').evaluateAll((cells) =>
						cells.map((cell) => {
							const rect = cell.getBoundingClientRect();
							return { left: Math.floor(rect.left), right: Math.ceil(rect.right), text: cell.textContent?.trim() };
						})
					);
					const viewport = await page.evaluate(() => document.documentElement.clientWidth);
					for (const cell of descriptions) {
						expect(cell.left, `description "${cell.text}"`).toBeGreaterThanOrEqual(0);
						expect(cell.right, `description "${cell.text}"`).toBeLessThanOrEqual(viewport);
					}
				}
			});
		}
	}
}

test('layout: the built site has pages to check, the model pages among them', () => {
	expect(PAGES).toEqual(expect.arrayContaining(['/', '/models/createorupdateauthsessionstart/']));
});
