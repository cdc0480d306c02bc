// The site's origin, which every published JSON Schema's `$id` is built from. Read from SITE_URL;
// without it, the address `npm start` serves the site at (127.0.0.1 and PORT, default 4321).

export const DEFAULT_PORT = 4321;
export const LOCAL_HOST = '127.0.0.1';

/**
 * The port in PORT, or DEFAULT_PORT when it is unset.
 * @param {string | undefined} text
 * @returns {{ port: number } | { error: string }}
 */
export function parsePort(text) {
	if (text === undefined || text.trim() === '') return { port: DEFAULT_PORT };
	const port = Number(text.trim());
	return Number.isInteger(port) && port >= 1 && port <= 65535
		? { port }
		: { error: `PORT must be a whole number from 1 to 65535, e.g. PORT=4322; got ${JSON.stringify(text)}.` };
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ url: string, local: boolean } | { error: string }} `local` when SITE_URL is unset
 */
export function siteUrl(env) {
	const text = env.SITE_URL?.trim();
	if (!text) {
		const port = parsePort(env.PORT);
		if ('error' in port) return port;
		return { url: `http://${LOCAL_HOST}:${port.port}`, local: true };
	}
	let url;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
		return {
			error: `SITE_URL must be the site's absolute http(s) address, e.g. SITE_URL=https://docs.example.com; got ${JSON.stringify(env.SITE_URL)}.`,
		};
	}
	return { url: url.href.replace(/\/$/, ''), local: false };
}

/**
 * The line the build prints about the `$id` origin, so a deployment built with the local default is
 * noticed.
 * @param {{ url: string, local: boolean }} site
 */
export function siteUrlNotice({ url, local }) {
	return local
		? `Schema $id URLs use ${url}, the local address. To deploy, build with the site's address: SITE_URL=https://docs.example.com npm run build`
		: `Schema $id URLs use ${url} (SITE_URL).`;
}

/**
 * Prints siteUrlNotice once per build.
 * @param {{ url: string, local: boolean }} site
 * @returns {import('astro').AstroIntegration}
 */
export function siteUrlInfo(site) {
	return {
		name: 'site-url',
		hooks: {
			'astro:build:done': ({ logger }) => logger.info(siteUrlNotice(site)),
		},
	};
}
