import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileFor, startStaticServer } from './staticServer.mjs';

const mounts = { '/': '/srv/site', '/__baselines/': '/srv/baselines' };

describe('fileFor', () => {
	test('maps a path to its file, and a folder to its index.html', () => {
		expect(fileFor('/_astro/a.js', mounts)).toBe('/srv/site/_astro/a.js');
		expect(fileFor('/playground/', mounts)).toBe('/srv/site/playground/index.html');
		expect(fileFor('/playground/?x=1#y', mounts)).toBe('/srv/site/playground/index.html');
	});
	test('the longest prefix wins', () => {
		expect(fileFor('/__baselines/stock/', mounts)).toBe('/srv/baselines/stock/index.html');
	});
	test('never leaves its folder', () => {
		expect(fileFor('/../etc/passwd', mounts)).toBeUndefined();
		expect(fileFor('/%2e%2e/etc/passwd', mounts)).toBeUndefined();
		expect(fileFor('/__baselines/..%2f..%2fsite/x', mounts)).toBeUndefined();
		expect(fileFor('/a%00b', mounts)).toBeUndefined();
		expect(fileFor('/%E0%A4%A', mounts)).toBeUndefined();
	});
	test('no mount, no file', () => {
		expect(fileFor('/x', { '/only/': '/srv' })).toBeUndefined();
	});
});

describe('startStaticServer', () => {
	let server: Awaited<ReturnType<typeof startStaticServer>>;
	beforeAll(async () => {
		const root = mkdtempSync(join(tmpdir(), 'static-server-'));
		mkdirSync(join(root, 'page'));
		writeFileSync(join(root, 'page', 'index.html'), '<p>hi</p>');
		writeFileSync(join(root, 'a.js'), 'export {}');
		server = await startStaticServer({ '/': root });
	});
	afterAll(() => server.close());

	test('serves files with their type and length, and 404 for the rest', async () => {
		const page = await fetch(`${server.origin}/page/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await page.text()).toBe('<p>hi</p>');
		const script = await fetch(`${server.origin}/a.js`);
		expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
		expect(script.headers.get('content-length')).toBe('9');
		expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
		expect((await fetch(`${server.origin}/page`)).status).toBe(404);
	});
});
