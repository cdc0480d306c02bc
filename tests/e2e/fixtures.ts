import { test as base, expect } from '@playwright/test';

/**
 * Every test's page fails the test on a console error or an uncaught exception, so "no console
 * error" is checked everywhere, not only where a test remembers to.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp | undefined }>({
	/**
	 * Console errors a test provokes on purpose (e.g. a blocked request), as one pattern (use `|` for
	 * several); all others fail it. Not an array: Playwright reads `[a, b]` in `test.use` as a value
	 * and its fixture options.
	 */
	expectedConsoleErrors: [undefined, { option: true }],
	page: async ({ page, expectedConsoleErrors }, use) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			const text = message.text();
			if (message.type() === 'error' && !expectedConsoleErrors?.test(text)) {
				problems.push(`console: ${text}`);
			}
		});
		page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
		// Every test runs under the site's Content-Security-Policy: any violation fails it.
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
			});
		});
		await use(page);
		expect(problems, 'console errors and uncaught exceptions').toEqual([]);
	},
});

export { expect };

export const MODEL_PATH = '/models/createorupdateauthsessionstart/';
export const ENUM_PATH = '/models/createorupdateauthsessionstartstatus/';
