import { expect, test } from 'vitest';
import { MONACO_CSS_FILTERS, monacoCssOnDemand } from './viteMonacoCss.mjs';

/** A hook's function, without its filter (a hook here is always `{ filter, handler }`). */
const handler = (hook: unknown) => (hook as { handler: (...args: string[]) => unknown }).handler;
const plugin = monacoCssOnDemand();
const transform = (code: string, id: string) => handler(plugin.transform)(code, id) as { code: string } | undefined;
/** What the bundler does with a hook filter: test the id with `/` separators (and the code, if given). */
const reaches = (filter: { id: RegExp; code?: RegExp }, id: string, code = '') =>
	filter.id.test(id.replaceAll('\\', '/')) && (!filter.code || filter.code.test(code));
const MONACO_FILE = '/app/node_modules/monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';

test("Monaco's CSS imports become styles injected when the module runs", () => {
	const out = transform("import { a } from './a.js';\nimport './hover.css';\nexport const b = a;", MONACO_FILE);
	expect(out!.code).toBe(
		'import { addStyle } from "virtual:monaco-style";\nimport { a } from \'./a.js\';\nimport __monacoCss0 from "./hover.css?inline"; addStyle(__monacoCss0);\nexport const b = a;'
	);
});

test('a Monaco file that only mentions CSS is left alone', () => {
	expect(transform("const name = 'x.css';", MONACO_FILE)).toBeUndefined();
});

test("only Monaco's modules that mention CSS reach the transform", () => {
	const css = "import './hover.css';";
	expect(reaches(MONACO_CSS_FILTERS.transform, MONACO_FILE, css)).toBe(true);
	expect(reaches(MONACO_CSS_FILTERS.transform, MONACO_FILE.replaceAll('/', '\\'), css)).toBe(true);
	expect(reaches(MONACO_CSS_FILTERS.transform, MONACO_FILE, "import { a } from './a.js';")).toBe(false);
	expect(reaches(MONACO_CSS_FILTERS.transform, '/app/src/x.js', css)).toBe(false);
	expect(reaches(MONACO_CSS_FILTERS.transform, '/app/node_modules/other/esm/x.js', css)).toBe(false);
	expect(reaches(MONACO_CSS_FILTERS.transform, '/app/node_modules/monaco-editor/esm/vs/x.css', css)).toBe(false);
});

test('only the virtual style module reaches resolveId and load', () => {
	expect(reaches(MONACO_CSS_FILTERS.resolveId, 'virtual:monaco-style')).toBe(true);
	expect(reaches(MONACO_CSS_FILTERS.resolveId, 'virtual:monaco-style-x')).toBe(false);
	expect(reaches(MONACO_CSS_FILTERS.resolveId, './a.js')).toBe(false);
	expect(reaches(MONACO_CSS_FILTERS.load, '\0virtual:monaco-style')).toBe(true);
	expect(reaches(MONACO_CSS_FILTERS.load, MONACO_FILE)).toBe(false);
	const resolved = handler(plugin.resolveId)('virtual:monaco-style') as string;
	expect(reaches(MONACO_CSS_FILTERS.load, resolved)).toBe(true);
	expect(handler(plugin.load)(resolved)).toContain('export function addStyle(css)');
});
