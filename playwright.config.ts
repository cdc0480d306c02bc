import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';
import { freePort } from './scripts/freePort.mjs';

const executablePath = findChromium();

/**
 * The built site is served on a port chosen for this run, so the suite never tests a server that
 * was already running (another worktree's build, someone's `npm start`). Playwright loads this file
 * in its main process and again in every worker: the main process picks the port and puts it in
 * the environment, which the workers inherit, so all of them agree on one origin.
 */
process.env.E2E_PORT ||= String(await freePort());
const port = Number(process.env.E2E_PORT);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		// Every test takes the origin from here (`page.goto(path)`, the `baseURL` fixture).
		baseURL: origin,
		browserName: 'chromium',
		// Tests paste into the editor and read share links back from the clipboard.
		permissions: ['clipboard-read', 'clipboard-write'],
		launchOptions: {
			...(executablePath && { executablePath }),
			// The machine has no network: keep Chromium from calling home (it retries forever otherwise).
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		// `--ignore-lock`: start even when another `astro preview` of this project is running (Astro
		// refuses otherwise), and stay in the foreground, where Playwright can stop it.
		command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
		url: `${origin}/`,
		// Never test a server that was already there: Playwright fails if the URL answers before start.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
