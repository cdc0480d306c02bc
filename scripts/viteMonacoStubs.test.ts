import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { monacoModuleSource, monacoModuleUrl } from './loadMonacoModule.test-helper';
import { monacoModulesMatching } from './monacoModulesMatching.test-helper';
import {
	MONACO_STUBS,
	MONACO_STUBS_FILTER,
	MONACO_TRIMS,
	MONACO_TRIMS_FILTER,
	monacoStubSource,
	PALETTE_ONLY_LINE_ACTIONS,
	trimMonacoSource,
} from './viteMonacoStubs.mjs';

const STUB_DIR = new URL('../src/playground/monacoStubs/', import.meta.url);

/** Names a module exports: `export { a, b as c }`, `export class X`, `export function f`, `export const k`. */
function exportedNames(source: string): Set<string> {
	const names = new Set<string>();
	for (const [, list] of source.matchAll(/^export\s*\{([^}]*)\}/gm))
		for (const item of list.split(',')) if (item.trim()) names.add(item.trim().split(/\s+as\s+/).at(-1)!);
	for (const [, name] of source.matchAll(/^export\s+(?:class|function|const|let)\s+([\w$]+)/gm)) names.add(name);
	return names;
}

test.each(Object.keys(MONACO_STUBS))('%s still exists in monaco-editor', (path) => {
	expect(existsSync(monacoModuleUrl(path))).toBe(true);
});

// One stand-in may replace several modules (the GPU renderer's parts): it may export what any of them does.
test.each([...new Set(Object.values(MONACO_STUBS))])('%s exports only names the modules it replaces have', (stub) => {
	const originals = Object.entries(MONACO_STUBS)
		.filter(([, replacement]) => replacement === stub)
		.map(([path]) => path);
	const kept = new Set(originals.flatMap((path) => [...exportedNames(monacoModuleSource(path))]));
	const replaced = exportedNames(readFileSync(new URL(stub, STUB_DIR), 'utf8'));
	expect(replaced.size).toBeGreaterThan(0);
	expect([...replaced].filter((name) => !kept.has(name))).toEqual([]);
});

test('every stand-in file is used (unit tests beside them aside)', () => {
	const used = new Set(Object.values(MONACO_STUBS));
	expect(readdirSync(STUB_DIR).filter((file) => !file.endsWith('.test.ts') && !used.has(file))).toEqual([]);
});

test('a replaced module loads as its stand-in, whatever the query or path separators; others load as they are', () => {
	const gpu = readFileSync(new URL('gpuViewPart.js', STUB_DIR), 'utf8');
	expect(monacoStubSource('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.js')).toBe(gpu);
	expect(monacoStubSource('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.js?v=1')).toBe(gpu);
	expect(monacoStubSource('C:\\app\\node_modules\\monaco-editor\\esm\\vs\\editor\\browser\\gpu\\viewGpuContext.js')).toBe(gpu);
	expect(monacoStubSource('/app/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBeUndefined();
	expect(monacoStubSource('/app/src/vs/editor/browser/gpu/viewGpuContext.js')).toBeUndefined();
});

test('only the replaced modules reach the load hook (its filter), whatever the query or path separators', () => {
	const reaches = (id: string) => MONACO_STUBS_FILTER.id.test(id.replaceAll('\\', '/'));
	for (const path of Object.keys(MONACO_STUBS)) {
		expect(reaches(`/app/node_modules/monaco-editor/esm/${path}`)).toBe(true);
		expect(reaches(`/app/node_modules/monaco-editor/esm/${path}?v=1`)).toBe(true);
		expect(reaches(`C:\\app\\node_modules\\monaco-editor\\esm\\${path.replaceAll('/', '\\')}`)).toBe(true);
	}
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBe(false);
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.jsx')).toBe(false);
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContextXjs')).toBe(false);
	expect(reaches('/app/src/vs/editor/browser/gpu/viewGpuContext.js')).toBe(false);
});

const monacoSource = monacoModuleSource;
/** `localize(n, "…")` calls whose message is not empty. */
const messages = (source: string) => [...source.matchAll(/\blocalize\(\d+, ("(?:[^"\\]|\\.)+"|'(?:[^'\\]|\\.)+')/g)].map((m) => m[1]);

test.each(MONACO_TRIMS.flatMap((trim) => trim.files.map((path) => [path, trim.why])))(
	'%s: the trim of %s finds its text in the pinned monaco-editor',
	(path) => {
		const source = monacoSource(path);
		const trimmed = trimMonacoSource(path, source);
		expect(trimmed.missed).toEqual([]);
		expect(trimmed.code).not.toBe(source);
	}
);

test('a trim that finds nothing (Monaco moved the text) is reported, not skipped', () => {
	expect(trimMonacoSource('vs/base/common/strings.js', 'export const x = 1;').missed).toHaveLength(1);
	expect(trimMonacoSource('vs/editor/browser/view.js', 'export const x = 1;')).toEqual({ code: 'export const x = 1;', missed: [] });
});

test("strings.js loses the unicode highlighter's two tables and keeps the grapheme table the cursor uses", () => {
	const { code } = trimMonacoSource('vs/base/common/strings.js', monacoSource('vs/base/common/strings.js'));
	expect(code).not.toContain('8232,32,8233,32');
	expect(code).not.toContain('[11,12,13,127,');
	expect(code.match(/JSON\.parse\('\{"_common":\[\],"_default":\[\]\}'\)/g)).toHaveLength(2);
	expect(code).toContain("JSON.parse('[0,0,0,51229,");
	// Only the unicode highlighter reads those tables; if another Monaco module starts to, look again.
	expect(monacoModulesMatching(/\b(?:AmbiguousCharacters|InvisibleCharacters)\b/)).toEqual([
		'vs/base/common/strings.js',
		'vs/editor/common/services/unicodeTextModelHighlighter.js',
		'vs/editor/contrib/unicodeHighlighter/browser/unicodeHighlighter.js',
	]);
});

test('the editor options lose their settings descriptions and keep the texts a reader meets', () => {
	const { code } = trimMonacoSource('vs/editor/common/config/editorOptions.js', monacoSource('vs/editor/common/config/editorOptions.js'));
	expect(code).not.toMatch(/(?:[dD]escription|[dD]eprecationMessage): localize\(\d+, ["'][^"']/);
	expect(code).not.toMatch(/numDescriptions: \[[^\]]*localize\(\d+, ["'][^"']/);
	// The editor's accessible name stays.
	expect(messages(code)).toContain('"Editor content"');
});

test.each([
	['vs/platform/theme/common/colors/baseColors.js', 'registerColor('],
	['vs/editor/common/editorContextKeys.js', 'new RawContextKey('],
])("every message in the files trimmed with %s is part of a %s call, and all of them go", (file, call) => {
	const trim = MONACO_TRIMS.find((candidate) => candidate.files.includes(file))!;
	for (const path of trim.files) {
		const source = monacoSource(path);
		const calls = [...source.matchAll(/\blocalize\(/g)].map((match) => source.slice(0, match.index));
		expect(calls.length).toBeGreaterThan(0);
		// Inside such a call: no statement ended between that call's start and the message.
		for (const before of calls) expect(before.lastIndexOf(call)).toBeGreaterThan(before.lastIndexOf(';\n'));
		expect(messages(trimMonacoSource(path, source).code)).toEqual([]);
	}
});

test('only the trimmed modules reach the transform (its filter), whatever the query', () => {
	const reaches = (id: string) => MONACO_TRIMS_FILTER.id.test(id);
	for (const path of MONACO_TRIMS.flatMap((trim) => trim.files)) {
		expect(reaches(`/app/node_modules/monaco-editor/esm/${path}`)).toBe(true);
		expect(reaches(`/app/node_modules/monaco-editor/esm/${path}?v=1`)).toBe(true);
	}
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBe(false);
	expect(reaches('/app/src/vs/base/common/strings.js')).toBe(false);
});

test("the API's enums, marked pure, are every one the same objects as before", async () => {
	const path = 'vs/editor/common/standalone/standaloneEnums.js';
	const source = monacoSource(path);
	const { code } = trimMonacoSource(path, source);
	const load = (text: string) => import(`data:text/javascript,${encodeURIComponent(text)}`);
	const [before, after] = await Promise.all([load(source), load(code)]);
	expect(Object.keys(before).length).toBeGreaterThan(40);
	expect(after).toEqual(before);
	// Every enum was rewritten: none is still built by a bare call.
	expect(code).not.toMatch(/^\(function/m);
	expect(code.match(/\/\*#__PURE__\*\//g)).toHaveLength(Object.keys(before).length);
});

test("the API stand-in holds every member the playground's editor and Monaco's language loader use", () => {
	const stub = readFileSync(new URL('editorApi.js', STUB_DIR), 'utf8');
	const members = (name: string) =>
		new Set(
			new RegExp(String.raw`export const ${name} = \{([^}]*)\}`)
				.exec(stub)![1]!
				.split(',')
				.map((member) => member.trim())
				.filter(Boolean)
		);
	const exported = exportedNames(stub);
	const used = (source: string, pattern: RegExp) => [...new Set([...source.matchAll(pattern)].map((match) => match[1]!))];
	const playground = readFileSync(new URL('../src/playground/monacoEditor.ts', import.meta.url), 'utf8');
	// The lazy loader, and the grammar of each language the playground registers.
	const grammars = [...playground.matchAll(/'monaco-editor\/languages\/definitions\/(\w+)\/register'/g)].map(
		([, language]) => `vs/languages/definitions/${language}/${language}.js`
	);
	expect(grammars).toEqual(['vs/languages/definitions/typescript/typescript.js']);
	const monacoUses = ['vs/languages/definitions/_.contribution.js', ...grammars].map((path) =>
		monacoSource(path).replaceAll(/\blanguages\./g, 'monaco.languages.')
	);
	expect(used(playground, /\bmonaco\.editor\.(\w+)/g).filter((name) => !members('editor').has(name))).toEqual([]);
	for (const source of [playground, ...monacoUses])
		expect(used(source, /\bmonaco\.languages\.(\w+)/g).filter((name) => !members('languages').has(name))).toEqual([]);
	expect(used(playground, /\bmonaco\.(\w+)/g).filter((name) => !['editor', 'languages'].includes(name) && !exported.has(name))).toEqual([]);
});

test('the line actions cut have no key and no menu entry; the others stay registered', () => {
	const path = 'vs/editor/contrib/linesOperations/browser/linesOperations.js';
	const source = monacoSource(path);
	const { code } = trimMonacoSource(path, source);
	const registered = (text: string) => [...text.matchAll(/registerEditorAction\((\w+)\)/g)].map((match) => match[1]!);
	const before = registered(source);
	expect(before).toEqual(expect.arrayContaining(PALETTE_ONLY_LINE_ACTIONS));
	expect(registered(code)).toEqual(before.filter((name) => !PALETTE_ONLY_LINE_ACTIONS.includes(name)));
	// A class's body runs to the next top-level class; a base class's options would be passed from its subclasses.
	for (const name of PALETTE_ONLY_LINE_ACTIONS) {
		const body = new RegExp(String.raw`^class ${name} extends (\w+) \{\n([\s\S]*?)^\}$`, 'm').exec(source);
		expect(body, name).not.toBeNull();
		expect(body![2], name).not.toMatch(/kbOpts|menuOpts|contextMenuOpts/);
	}
	// Key bindings come from kbOpts, menus from menuOpts: the kept actions hold every one of them.
	expect(code.match(/kbOpts|menuOpts/g)).toEqual(source.match(/kbOpts|menuOpts/g));
});

test('the semantic tokens styling service loses its registration, and only features the playground does not load ask for it', () => {
	const path = 'vs/editor/common/services/semanticTokensStylingService.js';
	const { code } = trimMonacoSource(path, monacoSource(path));
	expect(code).not.toContain('registerSingleton(');
	expect(code).not.toContain('__decorate([');
	expect(monacoModulesMatching(/ISemanticTokensStylingService/)).toEqual([
		'vs/editor/common/services/semanticTokensStyling.js',
		'vs/editor/common/services/semanticTokensStylingService.js',
		'vs/editor/contrib/semanticTokens/browser/documentSemanticTokens.js',
		'vs/editor/contrib/semanticTokens/browser/viewportSemanticTokens.js',
	]);
	const playground = readFileSync(new URL('../src/playground/monacoEditor.ts', import.meta.url), 'utf8');
	expect(playground).not.toMatch(/semanticTokens/i);
});

test("the icons lose their descriptions and keep their ids and glyphs; the files' other texts stay", () => {
	const trim = MONACO_TRIMS.find((candidate) => candidate.files.includes('vs/platform/theme/common/iconRegistry.js'))!;
	for (const path of trim.files) {
		const source = monacoSource(path);
		const { code } = trimMonacoSource(path, source);
		const icons = (text: string) => [...text.matchAll(/\bregisterIcon\(('[^']*', [\w.]+), localize\(\d+, ("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g)];
		expect(icons(source).length).toBeGreaterThan(0);
		expect(icons(code).map((match) => match[1])).toEqual(icons(source).map((match) => match[1]));
		expect(icons(code).map((match) => match[2])).toEqual(icons(source).map(() => '""'));
		expect(messages(code).length).toBe(messages(source).length - icons(source).length);
	}
});

test('only the inline completions model asks for the inline completions service, and only its controller, not loaded here, creates that model', () => {
	expect(monacoModulesMatching(/__param\(\d+, IInlineCompletionsService\)|\.get\(IInlineCompletionsService\)/)).toEqual([
		'vs/editor/browser/services/inlineCompletionsService.js',
		'vs/editor/contrib/inlineCompletions/browser/model/inlineCompletionsModel.js',
	]);
	expect(monacoModulesMatching(/createInstance\(InlineCompletionsModel\b|new InlineCompletionsModel\(/)).toEqual([
		'vs/editor/contrib/inlineCompletions/browser/controller/inlineCompletionsController.js',
	]);
	const playground = readFileSync(new URL('../src/playground/monacoEditor.ts', import.meta.url), 'utf8');
	expect(playground).not.toMatch(/inlineCompletions/i);
});

test("the editor always takes the keyboard through its textarea: the one place that builds the EditContext path is behind the option the trim fixes at false", () => {
	const path = 'vs/editor/common/config/editorOptions.js';
	const source = monacoSource(path);
	const computed = (text: string) => /class EffectiveEditContextEnabled extends ComputedEditorOption \{[\s\S]*?compute\(env, options\) \{\n\s*return ([^;]*);/.exec(text)?.[1];
	expect(computed(source)).toContain('env.editContextSupported');
	expect(computed(trimMonacoSource(path, source).code)).toBe('false');
	expect(monacoModulesMatching(/createInstance\(NativeEditContext\b|new NativeEditContext\(/)).toEqual(['vs/editor/browser/view.js']);
	const view = monacoSource('vs/editor/browser/view.js');
	const build = view.indexOf('createInstance(NativeEditContext,');
	const guard = view.lastIndexOf('if (usingExperimentalEditContext) {', build);
	expect(guard).toBeGreaterThan(view.lastIndexOf('\n    _instantiateEditContext() {', build));
	expect(view.slice(guard - 200, guard)).toContain(
		'const usingExperimentalEditContext = this._context.configuration.options.get(171 /* EditorOption.effectiveEditContext */);'
	);
});
