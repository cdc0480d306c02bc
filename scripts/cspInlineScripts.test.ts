import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { addInlineScriptHashes } from './cspInlineScripts.mjs';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

test('adds the hash of each inline script to script-src, once', () => {
	const html = page("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self';", '<script>a()</script><script>a()</script><script type="module">b()</script>');
	const out = addInlineScriptHashes(html);
	expect(out).toContain(`script-src 'self' 'sha256-x' ${hash('a()')} ${hash('b()')}; style-src`);
	expect(out.match(new RegExp(hash('a()').replace(/[+/]/g, '\\$&'), 'g'))).toHaveLength(1);
});

test('leaves external scripts, JSON data blocks and pages without a policy alone', () => {
	const html = page("script-src 'self';", '<script src="/x.js"></script><script type="application/json">{"a":1}</script>');
	expect(addInlineScriptHashes(html)).toBe(html);
	expect(addInlineScriptHashes('<script>a()</script>')).toBe('<script>a()</script>');
});
