import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { MONACO_EDITOR_CHUNK } from '../../scripts/monacoChunks.mjs';
import { budgets, MONACO_ASSET, SEARCH_UI_ASSET, SEARCH_UI_STYLES_ASSET, TYPESCRIPT_MODE_ASSET } from './budgets';
import { ENUM_PATH, expect, test } from './fixtures';
import { PLAYGROUND_PATH, monacoReady } from './playground';

/**
 * Records every request in the order it is made (so "what came after a click" is exact), and the
 * body size of its response once that arrives, raw and gzip-compressed (zlib's default level).
 */
function recordResponses(page: Page) {
	const responses: { url: string; type: string; bytes: number; gzipBytes: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('request', (request) => {
		const entry = { url: request.url(), type: request.resourceType(), bytes: 0, gzipBytes: 0 };
		responses.push(entry);
		pending.push(
			request
				.response()
				.then((response) => response?.body())
				.then((body) => {
					entry.bytes = body?.length ?? 0;
					entry.gzipBytes = body ? gzipSync(body).length : 0;
				})
				.catch(() => undefined)
		);
	});
	return {
		responses,
		settled: () => Promise.all(pending),
		jsCssBytes: (kind: 'bytes' | 'gzipBytes' = 'bytes') =>
			responses.filter((r) => r.type === 'script' || r.type === 'stylesheet').reduce((sum, r) => sum + r[kind], 0),
	};
}

test('the home page loads no Monaco asset and stays within its JS+CSS budget', async ({ page }) => {
	const recorded = recordResponses(page);
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await recorded.settled();
	expect(recorded.responses.filter((r) => MONACO_ASSET.test(r.url)).length).toBe(budgets.docsPageMonacoRequests);
	expect(await page.locator('style[data-monaco]').count()).toBe(0);
	expect(recorded.jsCssBytes()).toBeLessThanOrEqual(budgets.docsPageJsCssBytes);
});

test('a model page scrolled to the top loads no Monaco asset', async ({ page }) => {
	const recorded = recordResponses(page);
	await page.setViewportSize({ width: 1280, height: 600 });
	await page.goto(ENUM_PATH);
	await page.waitForLoadState('networkidle');
	await recorded.settled();
	expect(recorded.responses.filter((r) => MONACO_ASSET.test(r.url))).toEqual([]);
});

/** The modules a page's HTML preloads, in order. */
const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(([, href]) => href!);

test('the full-page playground asks for the editor from its <head>; docs pages do not', async ({ request }) => {
	const head = async (path: string) => {
		const html = await (await request.get(path)).text();
		return html.slice(0, html.indexOf('</head>'));
	};
	const monaco = preloads(await head(PLAYGROUND_PATH)).filter((href) => MONACO_ASSET.test(href));
	// The chunk of the Monaco modules the editor runs with (scripts/monacoChunks.mjs), and the
	// editor's own; not its features, which come after its first line.
	expect(monaco.map((href) => /\/(monaco[\w-]*)\.[\w-]+\.js$/.exec(href)?.[1]).sort()).toEqual(
		['monacoEditor', MONACO_EDITOR_CHUNK].sort()
	);
	for (const path of ['/', ENUM_PATH]) expect(preloads(await head(path))).toEqual([]);
});

test("Monaco's chunks import each other one way only, so each module still runs after those it imports", async ({ request }) => {
	const html = await (await request.get(PLAYGROUND_PATH)).text();
	const chunks = preloads(html).filter((href) => MONACO_ASSET.test(href));
	const imports = new Map<string, string[]>();
	for (const chunk of chunks) {
		const code = await (await request.get(chunk)).text();
		const found = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map(([, file]) => new URL(file!, new URL(chunk, 'http://x')).pathname);
		imports.set(chunk, found.filter((file) => chunks.includes(file)));
	}
	expect([...imports.values()].flat().length).toBeGreaterThan(0);
	// Takes chunks whose Monaco imports are all taken already; a cycle would leave some behind.
	const ordered: string[] = [];
	while (ordered.length < chunks.length) {
		const next = chunks.filter((chunk) => !ordered.includes(chunk) && imports.get(chunk)!.every((file) => ordered.includes(file)));
		if (next.length === 0) break;
		ordered.push(...next);
	}
	expect(ordered.sort()).toEqual([...chunks].sort());
});

test('the playground page stays within its JS+CSS budgets, raw and gzip; JSON mode requests no TypeScript-mode asset', async ({ page }) => {
	const recorded = recordResponses(page);
	await page.goto(PLAYGROUND_PATH);
	await monacoReady(page);
	await page.waitForLoadState('networkidle');
	await recorded.settled();
	const total = recorded.jsCssBytes();
	const gzip = recorded.jsCssBytes('gzipBytes');
	console.log(`playground JS+CSS: ${total} bytes, ${gzip} gzip`);
	expect(total).toBeLessThanOrEqual(budgets.playgroundJsCssBytes);
	expect(gzip).toBeLessThanOrEqual(budgets.playgroundJsCssGzipBytes);
	expect(recorded.responses.filter((r) => TYPESCRIPT_MODE_ASSET.test(r.url)).length).toBe(
		budgets.jsonModeTypeScriptRequests
	);
	expect(recorded.responses.filter((r) => r.type === 'other' && /worker/.test(r.url))).toEqual([]);

	const before = recorded.responses.length;
	await page.getByLabel('TypeScript').check();
	await expect(page.locator('[data-pg-status]')).toHaveText('Valid');
	await page.waitForLoadState('networkidle');
	await recorded.settled();
	const added = recorded.responses.slice(before);
	expect(added.some((r) => TYPESCRIPT_MODE_ASSET.test(r.url))).toBe(true);
	// Scripts only: the editor's icon font may arrive around the same time, whatever the mode.
	const addedScripts = added.filter((r) => r.type === 'script');
	console.log(`TypeScript mode adds: ${addedScripts.map((r) => `${r.url.split('/').pop()} ${r.bytes}`).join(', ')}`);
	expect(addedScripts.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(budgets.typescriptModeBytes);
});

test('the search UI and the rules of its stylesheet only it needs are fetched when the reader reaches for search, not with the page', async ({ page }) => {
	const recorded = recordResponses(page);
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const searchUi = () => recorded.responses.filter((r) => SEARCH_UI_ASSET.test(r.url) || SEARCH_UI_STYLES_ASSET.test(r.url));
	expect(searchUi()).toHaveLength(budgets.searchUiRequestsAtLoad);
	await page.getByRole('button', { name: 'Search' }).hover();
	await expect.poll(() => searchUi().length).toBe(2);
});
