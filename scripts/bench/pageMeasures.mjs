// One cold visit of one bench page in headless Chromium, and what it measures there. Every page
// is measured the same way, from outside the page's own code:
// - editor ready: from navigation start until the first editor line has text in the DOM (a
//   MutationObserver installed before any page script runs);
// - bytes: every script, stylesheet and worker response until the network is idle, raw and gzip;
// - keystroke -> problem mark: from the keydown that makes the value invalid until a squiggle
//   (error or warning decoration) is in the editor's DOM;
// - 1 MB paste: from the paste event until the first animation frame after the verdict (ours) or
//   after the editor's model took the text in (bare) has been drawn;
// - typing in that 1 MB value (ours): main-thread tasks over 50 ms.
import { gzipSync } from 'node:zlib';

/** Installed before any script of every page. */
function recordEditorReady() {
	const bench = (window.__bench = { ready: undefined });
	const observer = new MutationObserver(() => {
		const line = document.querySelector('.monaco-editor .view-line');
		if (line && line.textContent.trim() !== '') {
			bench.ready = performance.now();
			observer.disconnect();
		}
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true });
}

const SQUIGGLE = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning';

/** JS+CSS (and worker script) bytes of the responses to `requests`, raw and gzip (level 6). */
async function loadedBytes(requests) {
	const totals = { raw: 0, gzip: 0, workerRaw: 0, workerGzip: 0, files: [] };
	for (const request of requests) {
		const type = request.resourceType();
		if (type !== 'script' && type !== 'stylesheet' && type !== 'worker') continue;
		const response = await request.response().catch(() => null);
		const body = response && (await response.body().catch(() => null));
		if (!body) continue;
		const gzip = gzipSync(body).length;
		totals.raw += body.length;
		totals.gzip += gzip;
		if (/worker/i.test(new URL(request.url()).pathname)) {
			totals.workerRaw += body.length;
			totals.workerGzip += gzip;
		}
		totals.files.push({ file: new URL(request.url()).pathname, raw: body.length, gzip });
	}
	return totals;
}

/** Puts the caret in line `line` of the editor, just before the closing quote of its value. */
async function caretInValue(page, line) {
	await page.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('Control+Home');
	for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
	for (const key of ['End', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
}

/**
 * Keystroke -> problem mark, `count` times: types `x` into the seed's `"status": "started"`
 * (line 2), which makes it invalid, waits for the mark, then deletes it and waits for the mark
 * to go. For ours, also keydown -> the playground's verdict mark.
 */
async function keystrokeToMark(page, count, ours) {
	await caretInValue(page, 2);
	const marks = [];
	const verdicts = [];
	for (let i = 0; i < count; i++) {
		await page.evaluate((squiggle) => {
			const bench = window.__bench;
			bench.keyAt = bench.markAt = undefined;
			document.addEventListener('keydown', (event) => (bench.keyAt = event.timeStamp), { capture: true, once: true });
			const editor = document.querySelector('.monaco-editor');
			const observer = new MutationObserver(() => {
				if (document.querySelector(squiggle)) {
					bench.markAt = performance.now();
					observer.disconnect();
				}
			});
			observer.observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
		}, SQUIGGLE);
		await page.keyboard.press('x');
		await page.waitForFunction(() => window.__bench.markAt !== undefined, null, { timeout: 15_000 });
		marks.push(await page.evaluate(() => window.__bench.markAt - window.__bench.keyAt));
		if (ours) {
			verdicts.push(
				await page.evaluate(() => {
					const after = window.__bench.keyAt;
					const mark = performance.getEntriesByName('playground-verdict').find((entry) => entry.startTime > after);
					return mark ? mark.startTime - after : NaN;
				})
			);
		}
		await page.keyboard.press('Backspace');
		await page.waitForFunction((squiggle) => !document.querySelector(squiggle), SQUIGGLE, { timeout: 15_000 });
	}
	return { marks, verdicts };
}

/**
 * Pastes `text` over the whole value. Ours: paste event -> the first animation frame after its
 * verdict, drawn. Bare: paste event -> the first animation frame after the model changed, drawn.
 */
async function pasteTime(page, text, ours) {
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await page.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('Control+A');
	await page.evaluate(() => {
		const bench = window.__bench;
		bench.pasteAt = bench.takenAt = undefined;
		document.addEventListener('paste', () => (bench.pasteAt = performance.now()), { capture: true, once: true });
		// Each animation frame, then the first task after that frame's rendering: when a frame that
		// began after the paste was taken in has been drawn.
		bench.frames = [];
		const until = performance.now() + 20_000;
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => bench.frames.push({ began: event.data, drawn: performance.now() });
		const frame = (began) => {
			channel.port2.postMessage(began);
			if (performance.now() < until) requestAnimationFrame(() => frame(performance.now()));
		};
		requestAnimationFrame(() => frame(performance.now()));
		/** Once the paste is in (and the next frame drawn): paste -> that frame, and paste -> verdict/model change. */
		window.__benchPasteDone = (isOurs) => {
			const at = isOurs
				? performance.getEntriesByName('playground-verdict').find((mark) => mark.startTime > bench.pasteAt)?.startTime
				: bench.takenAt;
			const frame = at === undefined ? undefined : bench.frames.find((entry) => entry.began > at);
			return bench.pasteAt === undefined || frame === undefined ? undefined : { ms: frame.drawn - bench.pasteAt, doneMs: at - bench.pasteAt };
		};
		const editor = window.__benchEditor;
		if (editor) {
			const listener = editor.onDidChangeModelContent(() => {
				bench.takenAt = performance.now();
				listener.dispose();
			});
		}
	});
	await page.keyboard.press('Control+V');
	await page.waitForFunction((isOurs) => window.__benchPasteDone(isOurs) !== undefined, ours, { timeout: 30_000 });
	return page.evaluate((isOurs) => window.__benchPasteDone(isOurs), ours);
}

/**
 * Types `count` keys inside the 1 MB value's operationId (line 3), each waiting for its verdict;
 * returns the main-thread tasks over 50 ms meanwhile, and keydown -> verdict times.
 */
async function typingInLongValue(page, count) {
	await caretInValue(page, 3);
	await page.evaluate(() => {
		const bench = window.__bench;
		bench.longTasks = [];
		bench.keyTimes = [];
		new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
			type: 'longtask',
		});
		document.addEventListener('keydown', (event) => bench.keyTimes.push(event.timeStamp), { capture: true });
	});
	const verdicts = [];
	for (let i = 0; i < count; i++) {
		const before = await page.evaluate(() => performance.getEntriesByName('playground-verdict').length);
		await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
		await page.waitForFunction((marks) => performance.getEntriesByName('playground-verdict').length > marks, before, {
			timeout: 30_000,
		});
		verdicts.push(
			await page.evaluate(() => performance.getEntriesByName('playground-verdict').at(-1).startTime - window.__bench.keyTimes.at(-1))
		);
	}
	// Long tasks are reported after they end; give the last one time to arrive.
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
	return { verdicts, longTasks: await page.evaluate(() => window.__bench.longTasks) };
}

/**
 * One cold visit (a new browser context) of `url`, measuring what `plan` asks for.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ ours: boolean, keystrokes: number, paste?: string, typing: number }} plan
 */
export async function visitPage(browser, url, plan) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	try {
		await context.addInitScript(recordEditorReady);
		const requests = [];
		context.on('request', (request) => requests.push(request));
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(url);
		await page.waitForFunction(() => window.__bench.ready !== undefined, null, { timeout: 60_000 });
		const readyMs = await page.evaluate(() => window.__bench.ready);
		// Let the page finish what it starts on its own (workers, lazy chunks, first diagnostics).
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		await page.waitForLoadState('networkidle');
		const bytes = await loadedBytes(requests);
		const result = { readyMs, bytes };
		// Ours draws its first line with the editor core, then loads the features (its own mark).
		if (plan.ours) result.featuresMs = await page.evaluate(() => performance.getEntriesByName('playground-features')[0]?.startTime);
		if (plan.keystrokes > 0) result.keystroke = await keystrokeToMark(page, plan.keystrokes, plan.ours);
		if (plan.paste) result.paste = await pasteTime(page, plan.paste, plan.ours);
		if (plan.typing > 0) result.typing = await typingInLongValue(page, plan.typing);
		if (errors.length) result.errors = errors;
		return result;
	} finally {
		await context.close();
	}
}

/** First switch to TypeScript mode on a cold /playground/: switch -> verdict, and what it downloads. */
export async function typescriptSwitch(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	try {
		await context.addInitScript(recordEditorReady);
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForFunction(() => window.__bench.ready !== undefined, null, { timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const requests = [];
		context.on('request', (request) => requests.push(request));
		const before = await page.evaluate(() => performance.now());
		await page.getByLabel('TypeScript').check();
		await page.waitForFunction(
			(after) =>
				document.querySelector('[data-playground]').dataset.mode === 'typescript' &&
				performance.getEntriesByName('playground-verdict').some((mark) => mark.startTime > after),
			before
		);
		const ms = await page.evaluate(
			(after) => performance.getEntriesByName('playground-verdict').find((mark) => mark.startTime > after).startTime - after,
			before
		);
		await page.waitForLoadState('networkidle');
		return { ms, bytes: await loadedBytes(requests) };
	} finally {
		await context.close();
	}
}
