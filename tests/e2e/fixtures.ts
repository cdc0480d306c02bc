import { test as base, expect } from '@playwright/test';

/**
 * Every test's page fails the test on a console error or an uncaught exception, so "no console
 * error" is checked everywhere, not only where a test remembers to.
 */
export const test = base.extend({
	page: async ({ page }, use) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
		await use(page);
		expect(problems, 'console errors and uncaught exceptions').toEqual([]);
	},
});

export { expect };

export const MODEL_PATH = '/models/createorupdateauthsessionstart/';
export const ENUM_PATH = '/models/createorupdateauthsessionstartstatus/';
