import { expect, test } from 'vitest';
import { findChromium } from './chromium.mjs';

const none = () => false;

test('CHROMIUM_PATH wins over everything', () => {
	expect(findChromium({ env: { CHROMIUM_PATH: '/opt/c' }, exists: () => true })).toBe('/opt/c');
});

test('a system Chromium comes before the managed one', () => {
	const exists = (path: string) => path === '/usr/bin/chromium' || path === '/managed';
	expect(findChromium({ env: {}, exists, managedPath: () => '/managed' })).toBe('/usr/bin/chromium');
});

test('the managed browser is used only when its file exists', () => {
	expect(findChromium({ env: {}, exists: (p) => p === '/managed', managedPath: () => '/managed' })).toBe(
		'/managed'
	);
	expect(findChromium({ env: {}, exists: none, managedPath: () => '/managed' })).toBeUndefined();
});
