// A static file server on 127.0.0.1 for the bench: the built site and the baseline pages side by
// side, on a port of its own (the system picks it), uncompressed like `astro preview`.
// Astro refuses two previews in one project, and the baselines are not part of the site.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.ttf': 'font/ttf',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a URL path names under `mounts` (URL prefix -> folder), or undefined when it names
 * none or would leave its folder. A path ending in `/` names that folder's index.html.
 * @param {string} urlPath
 * @param {Record<string, string>} mounts
 */
export function fileFor(urlPath, mounts) {
	let path;
	try {
		path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
	} catch {
		return undefined;
	}
	if (path.includes('\0')) return undefined;
	// The longest prefix wins, so '/__baselines/' is not served from the site's folder.
	const prefix = Object.keys(mounts)
		.filter((candidate) => path.startsWith(candidate))
		.sort((a, b) => b.length - a.length)[0];
	if (prefix === undefined) return undefined;
	const root = resolve(mounts[prefix]);
	const file = resolve(join(root, path.slice(prefix.length), path.endsWith('/') ? 'index.html' : ''));
	return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Starts the server; resolves to its origin and a `close` function.
 * @param {Record<string, string>} mounts URL prefix (starting and ending with '/') -> folder
 */
export async function startStaticServer(mounts) {
	const server = createServer(async (request, response) => {
		const file = fileFor(request.url ?? '/', mounts);
		const info = file && (await stat(file).catch(() => undefined));
		if (!info?.isFile()) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': info.size,
			'cache-control': 'no-store',
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address();
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(done)),
	};
}
