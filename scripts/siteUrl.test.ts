import { expect, test } from 'vitest';
import { parsePort, siteUrl, siteUrlNotice } from './siteUrl.mjs';

test('PORT: default 4321, a whole number from 1 to 65535, otherwise a message', () => {
	expect(parsePort(undefined)).toEqual({ port: 4321 });
	expect(parsePort(' 4322 ')).toEqual({ port: 4322 });
	for (const bad of ['0', '65536', '43.5', 'abc', '-1']) {
		expect(parsePort(bad)).toEqual({ error: expect.stringContaining(`PORT must be a whole number from 1 to 65535`) });
	}
});

test('without SITE_URL the origin is the local address npm start serves at', () => {
	expect(siteUrl({})).toEqual({ url: 'http://127.0.0.1:4321', local: true });
	expect(siteUrl({ PORT: '4400', SITE_URL: ' ' })).toEqual({ url: 'http://127.0.0.1:4400', local: true });
	expect(siteUrl({ PORT: 'x' })).toEqual({ error: expect.stringContaining('PORT must be') });
});

test('SITE_URL must be an absolute http(s) address', () => {
	expect(siteUrl({ SITE_URL: 'https://docs.example.com/' })).toEqual({ url: 'https://docs.example.com', local: false });
	expect(siteUrl({ SITE_URL: 'https://example.com/docs' })).toEqual({ url: 'https://example.com/docs', local: false });
	for (const bad of ['docs.example.com', 'ftp://example.com', 'javascript:alert(1)', 'https://example.com/?a=1']) {
		expect(siteUrl({ SITE_URL: bad })).toEqual({
			error: `SITE_URL must be the site's absolute http(s) address, e.g. SITE_URL=https://docs.example.com; got ${JSON.stringify(bad)}.`,
		});
	}
});

test('the build says when the $id origin is still the local address, and how to set it', () => {
	expect(siteUrlNotice({ url: 'http://127.0.0.1:4321', local: true })).toBe(
		'Schema $id URLs use http://127.0.0.1:4321, the local address. To deploy, build with the site\'s address: SITE_URL=https://docs.example.com npm run build'
	);
	expect(siteUrlNotice({ url: 'https://docs.example.com', local: false })).toBe('Schema $id URLs use https://docs.example.com (SITE_URL).');
});
