import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: 'http://127.0.0.1:4321',
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
		command: 'npm run preview',
		url: 'http://127.0.0.1:4321/',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
