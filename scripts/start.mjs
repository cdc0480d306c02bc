// `npm start`: builds the site and serves it with `astro preview` on 127.0.0.1:PORT (default 4321).
// The port is checked first (and again after the build), so a port already in use gets a plain
// message saying what to do instead of Astro's stack trace.
import { spawn } from 'node:child_process';
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

/** @param {number} port @returns {Promise<boolean>} */
async function portAvailable(port) {
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
	if (!(await portAvailable(port.port))) return 1;

	console.log(
		site.local
			? `Building for ${site.url} (each JSON Schema's $id uses this address). To deploy elsewhere, build with the site's address: SITE_URL=https://docs.example.com npm run build`
			: `Building for ${site.url} (SITE_URL), served locally at http://${LOCAL_HOST}:${port.port}/`
	);
	const env = { ...process.env, PORT: String(port.port), ASTRO_TELEMETRY_DISABLED: '1' };
	const built = await run(join(root, 'scripts', 'build.mjs'), [], env);
	if (built !== 0) return built;

	// Something may have taken the port while the site was building.
	if (!(await portAvailable(port.port))) return 1;
	const require = createRequire(import.meta.url);
	const astroManifest = require.resolve('astro/package.json');
	const astro = join(dirname(astroManifest), require(astroManifest).bin.astro);
	return run(astro, ['preview', '--host', LOCAL_HOST, '--port', String(port.port)], env);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.exitCode = await main();
}
