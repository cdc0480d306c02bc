import { expect, test } from 'vitest';
import { monacoModuleSource } from './loadMonacoModule.test-helper';
import { monacoModulesMatching } from './monacoModulesMatching.test-helper';
import {
	ACTION_WIDGET_CSS_FILTERS,
	ACTION_WIDGET_USERS,
	CLASSES_NEVER_CREATED,
	KEYFRAMES_NEVER_USED,
	monacoActionWidgetCss,
	trimActionWidgetCss,
	unexpectedInModule,
} from './viteMonacoActionWidgetCss.mjs';

const read = monacoModuleSource;
const STYLESHEET = read('vs/platform/actionWidget/browser/actionWidget.css');
const ACTION_LIST = read('vs/platform/actionWidget/browser/actionList.js');
const named = (name: string) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`);
const reaches = (filter: { id: RegExp; code?: RegExp }, id: string, code = '') =>
	filter.id.test(id.replaceAll('\\', '/')) && (!filter.code || filter.code.test(code));

/** The text of a call `start(…)` from `start` to its closing parenthesis, and its top-level arguments. */
function call(source: string, start: string): { text: string; args: number } {
	const from = source.indexOf(start);
	expect(from, start).toBeGreaterThanOrEqual(0);
	let depth = 0;
	let args = 1;
	for (let i = from + start.length - 1; i < source.length; i++) {
		const char = source[i];
		if (char === "'" || char === '"' || char === '`') i = source.indexOf(char, i + 1);
		else if ('([{'.includes(char)) depth++;
		else if (')]}'.includes(char)) {
			depth--;
			if (depth === 0) return { text: source.slice(from, i + 1), args };
		} else if (char === ',' && depth === 1) args++;
	}
	throw new Error(`${start} is not closed`);
}

/** Item fields and list options that make the widget draw the parts the trim takes as never drawn. */
const ITEM_FIELDS = ['detail', 'toolbarActions', 'onRemove', 'inlineToggle', 'standaloneToggle', 'submenuActions', 'hover', 'className'];

test('the pinned stylesheet loses exactly the rules that need a listed class, and the unused animations', () => {
	const trimmed = trimActionWidgetCss(STYLESHEET);
	expect(trimmed.missing).toEqual([]);
	expect(trimmed.stillUsed).toEqual([]);
	for (const { name } of CLASSES_NEVER_CREATED) {
		expect(STYLESHEET).toMatch(named(name));
		expect(trimmed.css).not.toMatch(named(name));
	}
	for (const name of KEYFRAMES_NEVER_USED) expect(trimmed.css).not.toContain(name);
	// Parts drawn (if hidden) in every menu keep their rules.
	for (const kept of [
		'.action-list-submenu-panel {',
		'.action-widget .action-list-submenu-indicator {',
		'.action-widget .monaco-list-row.action .action-list-item-toolbar {',
		'.action-widget .monaco-list-row.action .action-item-badge {',
		'.action-widget .monaco-list-row.action .action-list-item-inline-toggle {',
		'.action-widget .monaco-list-row.action .detail {',
		'.action-widget .monaco-list-row.group-header {',
		'.context-view-block {',
	])
		expect(trimmed.css).toContain(kept);
	expect(trimmed.css.length).toBeLessThan(STYLESHEET.length / 2);
});

test('a rule goes only when every selector needs a listed class; :not() and other classes keep it', () => {
	const css = [
		'.a .action-list-footer { width: 3px }',
		'.a .action-list-footer, .a .b { width: 4px }',
		'.a:not(.has-detail) { width: 5px }',
		'.action-widget:has(.action-list-header) { min-width: 1px }',
		'.action-widget:has(.b) { min-width: 2px }',
		'@keyframes action-widget-dropdown-open { to { opacity: 1 } }',
		'@keyframes action-widget-dropdown-close { to { opacity: 0 } }',
	].join('\n');
	const { css: out, missing } = trimActionWidgetCss(css);
	expect(out).not.toContain('3px');
	expect(out).toContain('4px');
	expect(out).toContain('5px');
	expect(out).not.toContain('1px');
	expect(out).toContain('2px');
	expect(out).not.toContain('keyframes');
	expect(missing).toContain('action-list-filter');
	expect(missing).not.toContain('action-list-footer');
	expect(trimActionWidgetCss('.b { animation: action-widget-dropdown-open 1s }').stillUsed).toEqual(['action-widget-dropdown-open']);
});

test('in the pinned Monaco only the listed modules use the action widget service', () => {
	expect(monacoModulesMatching(/\bIActionWidgetService\b/)).toEqual([...ACTION_WIDGET_USERS].sort());
});

test.each(CLASSES_NEVER_CREATED)('in the pinned Monaco only the listed modules name $name', ({ name, setBy }) => {
	expect(monacoModulesMatching(named(name))).toEqual(setBy);
});

test('the quick-fix menu and the paste selector pass no list options and no item field that draws a cut part', () => {
	const showCalls = [
		call(read('vs/editor/contrib/codeAction/browser/codeActionController.js'), 'this._actionWidgetService.show('),
		call(read('vs/editor/contrib/dropOrPasteInto/browser/postEditWidget.js'), 'this._actionWidgetService.show('),
	];
	// show(user, supportsPreview, items, delegate, anchor, container, actionBarActions, accessibilityProvider, listOptions)
	expect(ACTION_LIST).toBeTruthy();
	expect(read('vs/platform/actionWidget/browser/actionWidget.js')).toContain(
		'show(user, supportsPreview, items, delegate, anchor, container, actionBarActions, accessibilityProvider, listOptions) {'
	);
	for (const { args } of showCalls) expect(args).toBe(7);
	const items = [call(read('vs/editor/contrib/codeAction/browser/codeActionMenu.js'), 'function toMenuItems(').text, showCalls[1].text];
	for (const text of items) for (const field of ITEM_FIELDS) expect(text).not.toMatch(new RegExp(`\\b${field}\\s*:`));
});

test('no listed class is one the action list gives every row or menu', () => {
	const always = [
		...[...call(ACTION_LIST.slice(ACTION_LIST.indexOf('let ActionItemRenderer')), 'renderTemplate(container) {').text.matchAll(/className = '([^']*)'/g)].flatMap((match) => match[1].split(' ')),
		...(/_submenuContainer\.className = '([^']*)'/.exec(ACTION_LIST)?.[1].split(' ') ?? []),
	];
	expect(always).toContain('action-list-submenu-indicator');
	expect(always).toContain('action-list-submenu-panel');
	expect(always.filter((name) => CLASSES_NEVER_CREATED.some((entry) => entry.name === name))).toEqual([]);
});

test('the guard flags a module that names a listed class or uses the widget without being read for the list', () => {
	expect(unexpectedInModule('vs/platform/actionWidget/browser/actionList.js', "x.className = 'action-list-footer';")).toEqual({ classes: [], usesWidget: false });
	expect(unexpectedInModule('vs/other.js', "x.className = 'action-list-footer';").classes).toEqual(['action-list-footer']);
	expect(unexpectedInModule('vs/other.js', "x.className = 'action-list-footer-x';").classes).toEqual([]);
	expect(unexpectedInModule('vs/other.js', 'constructor(@IActionWidgetService s) {}').usesWidget).toBe(true);
	expect(unexpectedInModule(ACTION_WIDGET_USERS[1], 'constructor(@IActionWidgetService s) {}').usesWidget).toBe(false);
});

test('only the stylesheet, and the Monaco modules naming a listed class or the service, reach the hooks', () => {
	const css = '/app/node_modules/monaco-editor/esm/vs/platform/actionWidget/browser/actionWidget.css';
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.stylesheet, `${css}?inline`)).toBe(true);
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.stylesheet, css.replaceAll('/', '\\'))).toBe(true);
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.stylesheet, css.replace('actionWidget.css', 'other.css'))).toBe(false);
	const js = '/app/node_modules/monaco-editor/esm/vs/x.js';
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.modules, js, "'action-list-header'")).toBe(true);
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.modules, js, 'IActionWidgetService')).toBe(true);
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.modules, js, "'monaco-list'")).toBe(false);
	expect(reaches(ACTION_WIDGET_CSS_FILTERS.modules, '/app/src/x.js', 'IActionWidgetService')).toBe(false);
});

test('the plugin trims the stylesheet, and fails the build on a stale list or an unread user of the widget', () => {
	const [trim, guard] = monacoActionWidgetCss();
	const context = { error: (message: string) => { throw new Error(message); } };
	const run = (hook: unknown, ...args: string[]) => (hook as { handler: (...args: string[]) => unknown }).handler.call(context, ...args);
	const css = '/app/node_modules/monaco-editor/esm/vs/platform/actionWidget/browser/actionWidget.css?inline';
	expect((run(trim.transform, STYLESHEET, css) as { code: string }).code).toBe(trimActionWidgetCss(STYLESHEET).css);
	expect(() => run(trim.transform, STYLESHEET.replaceAll('action-list-footer', 'action-list-foot'), css)).toThrow(/no longer has action-list-footer/);
	expect(() => run(trim.transform, `${STYLESHEET}\n.a { animation: action-widget-dropdown-open 1s }`, css)).toThrow(/still uses the animation/);
	const module = (path: string) => `/app/node_modules/monaco-editor/esm/${path}`;
	expect(run(guard.transform, ACTION_LIST, module('vs/platform/actionWidget/browser/actionList.js'))).toBeUndefined();
	expect(() => run(guard.transform, "e.className = 'has-detail';", module('vs/other.js'))).toThrow(/vs\/other\.js names has-detail/);
	expect(() => run(guard.transform, 'IActionWidgetService', module('vs/other.js'))).toThrow(/vs\/other\.js uses the action widget/);
});
