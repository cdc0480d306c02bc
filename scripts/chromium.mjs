// Finds a Chromium for Playwright, installing Debian's package when it can.
// Order: $CHROMIUM_PATH, a system Chromium, Playwright's own managed browser, then (as root with
// apt-get) `apt-get install chromium`; otherwise a message that says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/**
 * @param {{ env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean, managedPath?: () => string | undefined }} [options]
 * @returns {string | undefined} the browser to launch, or undefined when none is installed
 */
export function findChromium({
	env = process.env,
	exists = existsSync,
	managedPath = () => undefined,
} = {}) {
	if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
	const system = SYSTEM_PATHS.find((path) => exists(path));
	if (system) return system;
	const managed = managedPath();
	return managed && exists(managed) ? managed : undefined;
}

async function playwrightManagedPath() {
	try {
		const { chromium } = await import('@playwright/test');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

function canUseApt() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	return isRoot && existsSync('/usr/bin/apt-get');
}

async function main() {
	const managed = await playwrightManagedPath();
	const found = findChromium({ managedPath: () => managed });
	if (found) {
		if (process.env.CHROMIUM_PATH && !existsSync(found)) {
			console.error(`CHROMIUM_PATH is set to ${found}, but no file is there.`);
			process.exit(1);
		}
		console.log(`Chromium: ${found}`);
		return;
	}
	if (canUseApt()) {
		console.log('No Chromium found: installing Debian\'s chromium package with apt-get...');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		const installed = findChromium();
		if (installed) {
			console.log(`Chromium: ${installed}`);
			return;
		}
	}
	console.error(
		[
			'The end-to-end tests need Chromium and none was found. Any one of these works:',
			'  - Debian/Ubuntu: sudo apt-get install chromium',
			'  - Playwright\'s own build: npx playwright install chromium',
			'  - an installed Chromium or Chrome: export CHROMIUM_PATH=/path/to/chromium',
		].join('\n')
	);
	process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
