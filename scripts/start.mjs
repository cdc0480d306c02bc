// `npm start`: builds the site and serves it with `astro preview` on 127.0.0.1:PORT (default 4321).
// Checked first (and again after the build), each with a plain message instead of Astro's stack
// trace: a preview of this site that is already running (Astro allows one per project, and it
// would serve the same dist/), and a port that something else holds.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_HOST, parsePort, siteUrl } from './siteUrl.mjs';

/**
 * Whether nothing listens on host:port (by listening there for a moment).
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
export function isPortFree(port, host = LOCAL_HOST) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen({ port, host }, () => server.close(() => resolve(true)));
	});
}

/**
 * What to tell someone whose port is taken.
 * @param {number} port
 * @param {number | undefined} freePort another port that is free now, if one was found
 */
export function portTakenMessage(port, freePort) {
	return [
		`Port ${port} on ${LOCAL_HOST} is already in use, so the site cannot be served there.`,
		`It is probably an earlier \`npm start\` or \`npm run preview\`: stop it with Ctrl+C in its terminal`,
		`(to find it: \`lsof -i :${port}\`, then \`kill <PID>\`), and run \`npm start\` again.`,
		`Or serve on another port: PORT=${freePort ?? port + 1} npm start`,
	].join('\n');
}

/** @param {number} pid @returns {string | undefined} the process's command line, where /proc has it */
function commandLine(pid) {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * The preview of this project that is already running, from the lock file `astro preview` keeps
 * in `.astro/preview.json` while it runs.
 * @param {string} root
 * @returns {{ pid: number, url: string } | undefined}
 */
export function runningPreview(root) {
	try {
		const lock = JSON.parse(readFileSync(join(root, '.astro', 'preview.json'), 'utf8'));
		if (typeof lock.pid !== 'number' || typeof lock.url !== 'string') return undefined;
		process.kill(lock.pid, 0); // throws when no such process is alive
		// A stale lock whose process id now belongs to another program (where /proc tells).
		const command = commandLine(lock.pid);
		if (command !== undefined && !command.includes('astro')) return undefined;
		return { pid: lock.pid, url: lock.url };
	} catch {
		return undefined;
	}
}

/**
 * What to tell someone who already serves the site.
 * @param {{ pid: number, url: string }} preview
 */
export function alreadyRunningMessage({ pid, url }) {
	return [
		`The site is already being served at ${url}/ (process ${pid}, an earlier \`npm start\` or \`npm run preview\`).`,
		`Open that address; to see your latest changes there, run \`npm run build\` and reload the page.`,
		`To start over, stop it first: Ctrl+C in its terminal, or \`kill ${pid}\`.`,
	].join('\n');
}

/** @param {number} port */
async function nextFreePort(port) {
	for (let candidate = port + 1; candidate <= Math.min(port + 20, 65535); candidate++) {
		if (await isPortFree(candidate)) return candidate;
	}
	return undefined;
}

/** @param {string} script @param {string[]} args @param {NodeJS.ProcessEnv} env */
function run(script, args, env) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env });
		child.on('error', (error) => {
			console.error(`Could not start ${script}: ${error.message}`);
			resolve(1);
		});
		child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

/** @param {string} root @param {number} port @returns {Promise<boolean>} */
async function canServe(root, port) {
	const running = runningPreview(root);
	if (running) {
		console.error(alreadyRunningMessage(running));
		return false;
	}
	if (await isPortFree(port)) return true;
	console.error(portTakenMessage(port, await nextFreePort(port)));
	return false;
}

async function main() {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const port = parsePort(process.env.PORT);
	const site = siteUrl(process.env);
	if ('error' in port || 'error' in site) {
		console.error('error' in port ? port.error : site.error);
		return 1;
	}
	if (!(await canServe(root, port.port))) return 1;

	console.log(
		site.local
			? `Building for ${site.url} (each JSON Schema's $id uses this address). To deploy elsewhere, build with the site's address: SITE_URL=https://docs.example.com npm run build`
			: `Building for ${site.url} (SITE_URL), served locally at http://${LOCAL_HOST}:${port.port}/`
	);
	const env = { ...process.env, PORT: String(port.port), ASTRO_TELEMETRY_DISABLED: '1' };
	const built = await run(join(root, 'scripts', 'build.mjs'), [], env);
	if (built !== 0) return built;

	// Something may have taken the port while the site was building.
	if (!(await canServe(root, port.port))) return 1;
	const require = createRequire(import.meta.url);
	const astroManifest = require.resolve('astro/package.json');
	const astro = join(dirname(astroManifest), require(astroManifest).bin.astro);
	return run(astro, ['preview', '--host', LOCAL_HOST, '--port', String(port.port)], env);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.exitCode = await main();
}
