// Astro's CSP hashes the scripts it bundles, not `is:inline` ones, and Starlight renders a few of
// those (theme, sidebar state, search shortcut). This integration, after the build, adds the
// SHA-256 of each inline script a page actually contains to that page's `script-src`. Only
// scripts present in our own build output get hashed; nothing else is allowed.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="(?!module|text\/javascript)[^"]*")[^>]*>([\s\S]*?)<\/script>/gi;

/** The page with the hash of each of its inline scripts in its CSP's script-src. */
export function addInlineScriptHashes(html) {
	const meta = CSP_META.exec(html);
	if (!meta) return html;
	const policy = meta[2];
	const hashes = new Set();
	for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
		const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
		if (!policy.includes(hash)) hashes.add(hash);
	}
	if (hashes.size === 0) return html;
	const updated = policy.replace(/(script-src[^;]*)/, (directive) => `${directive.trimEnd()} ${[...hashes].join(' ')}`);
	return html.replace(CSP_META, `$1${updated}$3`);
}

async function* htmlFiles(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/** @returns {import('astro').AstroIntegration} */
export function cspInlineScripts() {
	return {
		name: 'csp-inline-scripts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let pages = 0;
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const updated = addInlineScriptHashes(html);
					if (updated !== html) {
						await writeFile(file, updated);
						pages++;
					}
				}
				logger.info(`hashed inline scripts into the CSP of ${pages} pages`);
			},
		},
	};
}
