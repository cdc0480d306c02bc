// Vite plugin: cuts the rules of Monaco's action widget stylesheet (the quick-fix menu's, 17 KB) that
// style parts this editor never draws. The widget (vs/platform/actionWidget/browser/) can show a
// filter box, a header banner, a footer, submenus with hover panels, toggles, item toolbars and a
// dropdown animation; which of them it draws depends on the list options and item fields its caller
// passes. In the pinned monaco-editor 0.57 two bundled modules show it: the quick-fix menu
// (codeActionController.js, items from codeActionMenu.js) and the paste/drop selector
// (postEditWidget.js). Both pass no list options (`show(…)` with 7 arguments) and items with only
// kind, item, group, label, disabled, canPreview and keybinding (`viteMonacoActionWidgetCss.test.ts`
// checks this against the pinned files). Elements the widget creates for every row or menu and only
// hides (the submenu panel and indicator, item toolbar, badge, inline toggle row, detail) keep their
// rules. A rule goes only when every one of its selectors requires one of the classes below.
//
// The build fails if a listed class is no longer in the stylesheet, if a bundled Monaco module
// other than the one listed mentions it, or if another bundled Monaco module uses the widget
// service (its options or items must then be looked at again).
import { transform } from 'lightningcss';
import { escapeRegExp } from './escapeRegExp.mjs';
import { MONACO_SCRIPT_ID, monacoModuleFilter, monacoModulePath } from './monacoModulePath.mjs';

/** @typedef {import('lightningcss').Selector} Selector */
/** @typedef {import('lightningcss').SelectorComponent} SelectorComponent */

const ACTION_LIST = 'vs/platform/actionWidget/browser/actionList.js';

/**
 * Classes no element of this build ever carries: for each, the bundled Monaco module that may set it
 * (only when the option or item field named in `why` is given), and why it never is here.
 */
export const CLASSES_NEVER_CREATED = [
	{ name: 'action-widget-dropdown', setBy: [], why: 'named by no Monaco module: only a caller-given `widgetClassName` could add it' },
	{ name: 'action-widget-dropdown-closing', setBy: [], why: "named by no Monaco module: only a caller-given `closeAnimation.className` could add it" },
	{ name: 'action-widget-delegate-label', setBy: [], why: 'named by no Monaco module (a VS Code workbench element)' },
	{ name: 'compact-icons', setBy: [], why: 'named by no Monaco module: only a caller-given list `className` could add it' },
	{ name: 'inline-description', setBy: [ACTION_LIST], why: 'only with the list option `inlineDescription`' },
	{ name: 'action-list-filter', setBy: [ACTION_LIST], why: 'only with the list option `showFilter` or `secondaryHeading`' },
	{ name: 'action-list-filter-row', setBy: [ACTION_LIST], why: 'only with the list option `showFilter` or `secondaryHeading`' },
	{ name: 'action-list-filter-input', setBy: [ACTION_LIST], why: 'only with the list option `showFilter`' },
	{ name: 'action-list-filter-actions', setBy: [ACTION_LIST], why: 'only with the list options `showFilter` and `filterActions`' },
	{ name: 'action-list-filter-label', setBy: [ACTION_LIST], why: 'only with the list option `secondaryHeading`' },
	{ name: 'action-list-footer', setBy: [ACTION_LIST], why: 'only with the list option `footerText`' },
	{ name: 'action-list-header', setBy: [ACTION_LIST], why: 'only with the list option `headerText`' },
	{ name: 'action-list-header-icon', setBy: [ACTION_LIST], why: 'only with the list options `headerText` and `headerIcon`' },
	{ name: 'action-list-header-text', setBy: [ACTION_LIST], why: 'only with the list option `headerText`' },
	{ name: 'action-list-header-dismiss', setBy: [ACTION_LIST], why: 'only with the list options `headerText` and `headerDismiss`' },
	{ name: 'has-detail', setBy: [ACTION_LIST], why: 'only on a row whose item has a `detail`' },
	{ name: 'has-toolbar', setBy: [ACTION_LIST], why: 'only on a row whose item has `toolbarActions` or `onRemove`' },
	{ name: 'has-inline-toggle', setBy: [ACTION_LIST], why: 'only on a row whose item has an `inlineToggle`' },
	{ name: 'has-standalone-toggle', setBy: [ACTION_LIST], why: 'only on a row whose item has a `standaloneToggle`' },
	{ name: 'action-list-item-inline-toggle-label', setBy: [ACTION_LIST], why: 'only on a row whose item has an `inlineToggle` or `standaloneToggle`' },
	{ name: 'has-submenu', setBy: [ACTION_LIST], why: 'only on a row whose item has `submenuActions` or an expandable `hover`' },
	{ name: 'action-list-submenu-hover-header', setBy: [ACTION_LIST], why: "only in the submenu panel of an item with a `hover` or `submenuActions`" },
];

/** Animations only the cut rules run (the build checks that no kept rule names them). */
export const KEYFRAMES_NEVER_USED = ['action-widget-dropdown-open', 'action-widget-dropdown-close'];

/** The bundled Monaco modules that may use the action widget service, read for the list above. */
export const ACTION_WIDGET_USERS = [
	'vs/platform/actionWidget/browser/actionWidget.js',
	'vs/editor/contrib/codeAction/browser/codeActionController.js',
	'vs/editor/contrib/dropOrPasteInto/browser/postEditWidget.js',
];

const NEVER = new Set(CLASSES_NEVER_CREATED.map((entry) => entry.name));

/** Whether `text` names `name` as a whole class or animation name (not as part of a longer one). */
const mentions = (/** @type {string} */ text, /** @type {string} */ name) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`).test(text);

/** The classes a selector requires of the element it matches or of one of its ancestors. */
function classesRequired(/** @type {Selector} */ selector) {
	/** @type {Set<string>} */
	const names = new Set();
	for (const component of selector) {
		if (component.type === 'class') names.add(component.name);
		// `:has(…)`: a descendant must match one of its selectors.
		if (component.type === 'pseudo-class' && component.kind === 'has' && component.selectors.every(cannotMatch)) names.add(':has');
	}
	return names;
}

/** Whether a selector requires a class no element here carries (classes under `:not()`, `:is()`… are not counted). */
const cannotMatch = (/** @type {Selector} */ selector) => [...classesRequired(selector)].some((name) => name === ':has' || NEVER.has(name));

/**
 * The action widget stylesheet without the style rules of which every selector requires a class in
 * `CLASSES_NEVER_CREATED` (nested rules go with their rule), and without `KEYFRAMES_NEVER_USED`.
 * `missing`: listed classes and keyframes the stylesheet does not have (then the list is stale).
 * `stillUsed`: listed keyframes a kept rule still names.
 */
export function trimActionWidgetCss(/** @type {string} */ css) {
	/** @type {Set<string>} */
	const seen = new Set();
	const { code } = transform({
		filename: 'actionWidget.css',
		code: Buffer.from(css),
		errorRecovery: false,
		visitor: {
			Rule: {
				style(rule) {
					for (const selector of rule.value.selectors) for (const name of classesRequired(selector)) seen.add(name);
					return rule.value.selectors.every(cannotMatch) ? [] : undefined;
				},
				keyframes(rule) {
					const name = rule.value.name.value;
					if (!KEYFRAMES_NEVER_USED.includes(name)) return undefined;
					seen.add(name);
					return [];
				},
			},
		},
	});
	const text = code.toString();
	return {
		css: text,
		missing: [...NEVER, ...KEYFRAMES_NEVER_USED].filter((name) => !seen.has(name)),
		stillUsed: KEYFRAMES_NEVER_USED.filter((name) => mentions(text, name)),
	};
}

/**
 * Classes from the list that a Monaco module's code names without being listed as setting them,
 * and whether it uses the widget service without being one of the modules read for the list.
 */
export function unexpectedInModule(/** @type {string} */ path, /** @type {string} */ code) {
	const classes = CLASSES_NEVER_CREATED.filter(
		(entry) => !entry.setBy.includes(path) && mentions(code, entry.name)
	).map((entry) => entry.name);
	return { classes, usesWidget: /\bIActionWidgetService\b/.test(code) && !ACTION_WIDGET_USERS.includes(path) };
}

/** Hook filters: only the stylesheet, and only the Monaco modules that name a listed class or the service. */
export const ACTION_WIDGET_CSS_FILTERS = {
	stylesheet: monacoModuleFilter('vs/platform/actionWidget/browser/actionWidget.css'),
	modules: {
		id: MONACO_SCRIPT_ID,
		code: new RegExp(`IActionWidgetService|${CLASSES_NEVER_CREATED.map((entry) => escapeRegExp(entry.name)).join('|')}`),
	},
};

/** @returns {import('vite').Plugin[]} */
export function monacoActionWidgetCss() {
	return [
		{
			name: 'monaco-action-widget-css',
			enforce: 'pre',
			transform: {
				filter: ACTION_WIDGET_CSS_FILTERS.stylesheet,
				handler(css) {
					const trimmed = trimActionWidgetCss(css);
					if (trimmed.missing.length > 0) this.error(`actionWidget.css no longer has ${trimmed.missing.join(', ')}: look at CLASSES_NEVER_CREATED again`);
					if (trimmed.stillUsed.length > 0) this.error(`actionWidget.css: a kept rule still uses the animation ${trimmed.stillUsed.join(', ')}`);
					return { code: trimmed.css, map: null };
				},
			},
		},
		{
			name: 'monaco-action-widget-css-guard',
			enforce: 'pre',
			transform: {
				filter: ACTION_WIDGET_CSS_FILTERS.modules,
				handler(code, id) {
					const path = monacoModulePath(id);
					if (!path) return undefined;
					const found = unexpectedInModule(path, code);
					if (found.classes.length > 0) this.error(`${path} names ${found.classes.join(', ')}, which the action widget CSS trim takes as never created`);
					if (found.usesWidget) this.error(`${path} uses the action widget: check its list options and items against CLASSES_NEVER_CREATED`);
					return undefined;
				},
			},
		},
	];
}
