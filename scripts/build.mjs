// `npm run build`: runs `astro build` (arguments passed through), shows its output as usual and
// keeps a copy, without colour codes, in BUILD_LOG, which `npm test` checks for unexpected warnings
// (scripts/checkBuildLog.mjs). Exits with the build's exit code.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { siteUrl } from './siteUrl.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the last build's output is kept (Astro's own cache folder, ignored by git). */
export const BUILD_LOG = join(root, '.astro', 'build.log');

function astroBin() {
	const require = createRequire(import.meta.url);
	const manifest = require.resolve('astro/package.json');
	return join(dirname(manifest), require(manifest).bin.astro);
}

function main() {
	// Said here in one line; astro.config.mjs would report it with a stack trace.
	const site = siteUrl(process.env);
	if ('error' in site) {
		console.error(site.error);
		process.exitCode = 1;
		return;
	}
	let output = '';
	const child = spawn(process.execPath, [astroBin(), 'build', ...process.argv.slice(2)], {
		cwd: root,
		env: {
			ASTRO_TELEMETRY_DISABLED: '1',
			// Output goes through a pipe: keep the colours a terminal would get.
			...(process.stdout.isTTY && { FORCE_COLOR: '1' }),
			...process.env,
		},
		stdio: ['inherit', 'pipe', 'pipe'],
	});
	for (const [source, target] of [
		[child.stdout, process.stdout],
		[child.stderr, process.stderr],
	]) {
		source.setEncoding('utf8');
		source.on('data', (chunk) => {
			target.write(chunk);
			output += chunk;
		});
	}
	child.on('error', (error) => {
		console.error(`Could not start astro build: ${error.message}`);
		process.exitCode = 1;
	});
	child.on('close', (code, signal) => {
		mkdirSync(dirname(BUILD_LOG), { recursive: true });
		writeFileSync(BUILD_LOG, stripVTControlCharacters(output));
		process.exitCode = code ?? (signal ? 1 : 0);
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
