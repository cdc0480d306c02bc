import { expect, test } from 'vitest';
import { addModulePreloads } from './monacoPreload.mjs';

test('adds one link per module at the end of <head>, in order, once each', () => {
	const page = '<html><head><title>x</title></head><body></body></html>';
	const once = addModulePreloads(page, ['/_astro/helper.js', '/_astro/monacoEditor.abc.js']);
	expect(once).toBe(
		'<html><head><title>x</title><link rel="modulepreload" href="/_astro/helper.js"><link rel="modulepreload" href="/_astro/monacoEditor.abc.js"></head><body></body></html>'
	);
	expect(addModulePreloads(once, ['/_astro/helper.js', '/_astro/monacoEditor.abc.js'])).toBe(once);
});

test('a page without <head> is an error, not a silent no-op', () => {
	expect(() => addModulePreloads('<p>x</p>', ['/a.js'])).toThrow(/no <\/head>/);
});
