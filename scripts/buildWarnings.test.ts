import { expect, test } from 'vitest';
import { dropAstroInternalNotices, unexpectedBuildWarnings } from './buildWarnings.mjs';

// Lines as the build printed them before issue 11's fixes (colour codes already stripped).
const OLD_LOG = `
10:34:42 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).
10:34:43 [build] Building static entrypoints...
10:34:45 [WARN] [vite] [plugin builtin:vite-reporter]
(!) Some chunks are larger than 500 kB after minification. Consider:
10:34:45 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.
10:34:45   ├─ /404.html10:34:45 [WARN] [content] Entry docs → 404 was not found.
10:34:45   ├─ /index.html (+11ms)
(node:123) ExperimentalWarning: something
npm warn config something
10:34:45 [build] Complete!
`;

test('every warning line is reported, wherever it starts on the line', () => {
	expect(unexpectedBuildWarnings(OLD_LOG, [])).toEqual([
		'10:34:42 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).',
		'10:34:45 [WARN] [vite] [plugin builtin:vite-reporter]',
		'(!) Some chunks are larger than 500 kB after minification. Consider:',
		'10:34:45 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.',
		'10:34:45   ├─ /404.html10:34:45 [WARN] [content] Entry docs → 404 was not found.',
		'(node:123) ExperimentalWarning: something',
		'npm warn config something',
	]);
});

test('known messages are not reported; info lines never are', () => {
	const known = [{ pattern: /\[WARN\] \[content\]/, meaning: 'test' }];
	expect(unexpectedBuildWarnings(OLD_LOG, known)).toHaveLength(5);
	expect(unexpectedBuildWarnings('10:00:00 [build] Complete!\n[site-url] $id origin: http://127.0.0.1:4321')).toEqual([]);
});

test("only Astro's own head-inject marker notice is dropped", () => {
	const passed: string[] = [];
	const warn = (warning: { message: string }) => passed.push(warning.message);
	dropAstroInternalNotices(
		{ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "x.mdx?astroPropagatedAssets" may not be preserved' },
		warn
	);
	dropAstroInternalNotices({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The module level directive "use client" ...' }, warn);
	dropAstroInternalNotices({ code: 'PLUGIN_WARNING', message: '"use astro:head-inject"' }, warn);
	expect(passed).toEqual(['The module level directive "use client" ...', '"use astro:head-inject"']);
});
