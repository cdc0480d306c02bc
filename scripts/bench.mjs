// `npm run bench`: measures the playground against the built site, in headless Chromium, and the
// validation engine in Node. Prints a report and writes bench-results/latest.json.
// Figures are medians/percentiles over repeated runs; this machine is shared, so expect noise.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import Ajv from 'ajv';
import { createServer } from 'vite';
import { findChromium } from './chromium.mjs';
import { freePort } from './freePort.mjs';

// A port nothing listens on, so the figures are never taken from a server that was already running.
const PORT = await freePort();
const ORIGIN = `http://127.0.0.1:${PORT}`;
const READY_RUNS = Number(process.env.BENCH_READY_RUNS ?? 15);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);

const median = (values) => percentile(values, 50);
function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function startPreview() {
	const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		detached: true,
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return server;
		} catch {}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error('astro preview did not start');
}

/** Sample payload of about `bytes`: the model's fields plus unknown keys (each one a warning to render). */
function payload(bytes) {
	const value = { status: 'started', operationId: 'op-123' };
	// Each entry adds its own length plus `,\n  ` and `": "` to the pretty-printed text.
	for (let i = 0, size = 60; size < bytes; i++) {
		value[`extra${i}`] = `value number ${i}`;
		size += `extra${i}`.length + `value number ${i}`.length + 10;
	}
	return JSON.stringify(value, null, 2);
}

async function browserFigures(browser) {
	const figures = {};

	const progress = (step) => console.error(`[bench] ${step}`);
	progress('editor ready runs');
	// 1. Editor ready after navigation, and what the page loads.
	const readyTimes = [];
	let loaded;
	for (let run = 0; run < READY_RUNS; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const bytes = { script: 0, stylesheet: 0, worker: 0, font: 0, other: 0 };
		const requests = [];
		page.on('response', async (response) => {
			const type = response.request().resourceType();
			const body = await response.body().catch(() => Buffer.alloc(0));
			const kind = response.url().includes('.worker') || type === 'worker' ? 'worker' : type in bytes ? type : 'other';
			bytes[kind] += body.length;
			requests.push(response.url());
		});
		await page.goto(`${ORIGIN}/playground/`);
		await page.waitForSelector('[data-editor="monaco"]', { timeout: 30_000 });
		readyTimes.push(await page.evaluate(() => performance.getEntriesByName('playground-ready')[0].startTime));
		if (run === 0) {
			await page.waitForLoadState('networkidle');
			loaded = { ...bytes, requests: requests.length };
		}
		await context.close();
	}
	figures.editorReadyMs = { median: median(readyTimes), min: Math.min(...readyTimes), max: Math.max(...readyTimes), runs: READY_RUNS };
	figures.playgroundBytes = { ...loaded, jsCss: loaded.script + loaded.stylesheet, jsCssWorkers: loaded.script + loaded.stylesheet + loaded.worker };

	// 2. Keystroke -> verdict, and a 1 MB paste.
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/playground/`);
	await page.waitForSelector('[data-editor="monaco"]');
	await page.evaluate(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
			type: 'longtask',
		});
	});
	const paste = async (text) => {
		await page.evaluate((value) => navigator.clipboard.writeText(value), text);
		await page.locator('.monaco-editor .view-lines').click();
		await page.keyboard.press('Control+A');
		const started = await page.evaluate(() => {
			window.__pasteAt = undefined;
			document.addEventListener('paste', () => (window.__pasteAt = performance.now()), { capture: true, once: true });
			return performance.now();
		});
		await page.keyboard.press('Control+V');
		await page.waitForFunction((after) => performance.getEntriesByName('playground-verdict').some((mark) => mark.startTime > after), started);
		return page.evaluate(() => {
			const marks = performance.getEntriesByName('playground-verdict');
			return marks.at(-1).startTime - window.__pasteAt;
		});
	};
	/** Types `count` keys inside the operationId string (line 3); each sample is keydown -> verdict. */
	const typeInValue = async (count) => {
		await page.evaluate(() => {
			if (window.__keyTimes) return; // one listener for every call
			window.__keyTimes = [];
			document.addEventListener('keydown', (event) => window.__keyTimes.push(event.timeStamp), { capture: true });
		});
		for (const key of ['Control+Home', 'ArrowDown', 'ArrowDown', 'End', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
		const samples = [];
		for (let i = 0; i < count; i++) {
			const before = await page.evaluate(() => performance.getEntriesByName('playground-verdict').length);
			await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
			await page.waitForFunction((marks) => performance.getEntriesByName('playground-verdict').length > marks, before);
			samples.push(
				await page.evaluate(() => performance.getEntriesByName('playground-verdict').at(-1).startTime - window.__keyTimes.at(-1))
			);
		}
		return { p50: median(samples), p95: percentile(samples, 95), max: Math.max(...samples) };
	};
	figures.keystrokeMs = {};
	progress('keystrokes');
	for (const size of [1024, 10 * 1024]) {
		await paste(payload(size));
		figures.keystrokeMs[`${size / 1024}KB`] = await typeInValue(KEYSTROKES);
	}
	progress('1 MB paste');
	const pasteTimes = [];
	const megabyte = payload(1024 * 1024);
	for (let i = 0; i < 3; i++) {
		await page.evaluate(() => (window.__longTasks.length = 0));
		pasteTimes.push(await paste(megabyte));
	}
	figures.paste1MB = {
		verdictMs: median(pasteTimes),
		runs: pasteTimes,
		status: await page.locator('[data-pg-status]').textContent(),
		longestTaskMs: await page.evaluate(() => Math.max(0, ...window.__longTasks)),
	};
	// Typing in that value: its verdicts come from the worker, so the main thread should stay free.
	progress('typing in the 1 MB value');
	await page.evaluate(() => (window.__longTasks.length = 0));
	figures.typing1MB = {
		...(await typeInValue(20)),
		longTasks: await page.evaluate(() => window.__longTasks.length),
		longestTaskMs: await page.evaluate(() => Math.max(0, ...window.__longTasks)),
	};
	progress('TypeScript switch');
	// TypeScript mode: what the switch downloads and how long until its first verdict.
	figures.typescriptSwitch = await (async () => {
		const switchContext = await browser.newContext();
		const switchPage = await switchContext.newPage();
		await switchPage.goto(`${ORIGIN}/playground/`);
		await switchPage.waitForSelector('[data-editor="monaco"]');
		await switchPage.waitForLoadState('networkidle');
		let bytes = 0;
		const files = [];
		switchPage.on('response', async (response) => {
			const body = await response.body().catch(() => Buffer.alloc(0));
			bytes += body.length;
			files.push(response.url().split('/').pop());
		});
		const before = await switchPage.evaluate(() => performance.now());
		await switchPage.getByLabel('TypeScript').check();
		await switchPage.waitForFunction(
			(after) => document.querySelector('[data-playground]').dataset.mode === 'typescript' &&
				performance.getEntriesByName('playground-verdict').some((mark) => mark.startTime > after),
			before
		);
		const switchMs = await switchPage.evaluate((after) => performance.getEntriesByName('playground-verdict').at(-1).startTime - after, before);
		await switchPage.waitForLoadState('networkidle');
		await switchContext.close();
		return { bytes, files, switchMs };
	})();
	await page.bringToFront();

	// Responsiveness after the paste: a click on Reset is handled.
	const clickStart = Date.now();
	await page.locator('[data-pg-reset]').click();
	await page.waitForFunction(() => document.querySelector('[data-pg-status]').textContent === 'Valid');
	figures.paste1MB.resetAfterPasteMs = Date.now() - clickStart;
	await context.close();
	return figures;
}

async function engineFigures() {
	// The engine runs in Node through Vite's SSR loader, so TypeScript sources load as they are.
	const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
	try {
		const { validate } = await vite.ssrLoadModule('/src/validation/validate.ts');
		const { getModel } = await vite.ssrLoadModule('/src/schemas/registry.ts');
		const { toJsonSchema } = await vite.ssrLoadModule('/src/lib/toJsonSchema.ts');
		const model = getModel('createorupdateauthsessionstart');
		const ajvValidate = new Ajv().compile(toJsonSchema(model, { site: ORIGIN }));
		const rows = [];
		for (const size of [1024, 100 * 1024, 1024 * 1024]) {
			const text = payload(size);
			const time = (fn) => {
				for (let i = 0; i < 3; i++) fn();
				const runs = [];
				const until = performance.now() + 1500;
				while (performance.now() < until || runs.length < 5) {
					const start = performance.now();
					fn();
					runs.push(performance.now() - start);
				}
				return median(runs);
			};
			const parseMs = time(() => JSON.parse(text));
			const ajvMs = time(() => ajvValidate(JSON.parse(text)));
			const validateMs = time(() => validate(text, model));
			const mbps = (t) => text.length / 1024 / 1024 / (t / 1000);
			rows.push({
				size: kb(text.length),
				'JSON.parse MB/s': mbps(parseMs).toFixed(0),
				'JSON.parse+ajv MB/s': mbps(ajvMs).toFixed(0),
				'validate MB/s': mbps(validateMs).toFixed(0),
				'validate ms': validateMs.toFixed(2),
				'validate / parse': (validateMs / parseMs).toFixed(1),
				'validate / parse+ajv': (validateMs / ajvMs).toFixed(1),
			});
		}
		return rows;
	} finally {
		await vite.close();
	}
}

const server = await startPreview();
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
	const browserResults = await browserFigures(browser);
	const engine = await engineFigures();
	const b = browserResults;
	console.log('\nPlayground (/playground/, headless Chromium, built site via astro preview)');
	console.log(`  editor ready after navigation: median ${ms(b.editorReadyMs.median)} (min ${ms(b.editorReadyMs.min)}, max ${ms(b.editorReadyMs.max)}, ${b.editorReadyMs.runs} runs)`);
	console.log(`  loaded: JS ${kb(b.playgroundBytes.script)}, CSS ${kb(b.playgroundBytes.stylesheet)}, workers ${kb(b.playgroundBytes.worker)}, fonts ${kb(b.playgroundBytes.font)}; JS+CSS ${kb(b.playgroundBytes.jsCss)}, with workers ${kb(b.playgroundBytes.jsCssWorkers)}; ${b.playgroundBytes.requests} requests`);
	for (const [size, k] of Object.entries(b.keystrokeMs)) {
		console.log(`  keystroke -> verdict, ${size} payload: p50 ${ms(k.p50)}, p95 ${ms(k.p95)}, max ${ms(k.max)}`);
	}
	console.log(`  1 MB paste -> verdict: median ${ms(b.paste1MB.verdictMs)} (${b.paste1MB.runs.map(ms).join(', ')}); longest task ${ms(b.paste1MB.longestTaskMs)}; status "${b.paste1MB.status}"; Reset handled ${b.paste1MB.resetAfterPasteMs} ms after`);
	const t = b.typing1MB;
	console.log(`  typing in that 1 MB value (20 keys): keystroke -> verdict p50 ${ms(t.p50)}, p95 ${ms(t.p95)}; main-thread tasks over 50 ms: ${t.longTasks} (longest ${ms(t.longestTaskMs)})`);
	console.log(`  TypeScript mode: switch -> verdict ${ms(b.typescriptSwitch.switchMs)} (first switch, cold); downloads ${kb(b.typescriptSwitch.bytes)} (${b.typescriptSwitch.files.join(', ')})`);
	console.log('\nValidation throughput (Node, median of repeated runs)');
	console.table(engine);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), browser: browserResults, engine }, null, 2)}\n`);
} finally {
	await browser.close();
	process.kill(-server.pid);
}
