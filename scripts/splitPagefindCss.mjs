// Splits Pagefind UI's stylesheet in two. Starlight puts all of it (about 16 KB) into every page's
// stylesheet, though the UI itself is fetched only when the reader first reaches for search
// (src/search/deferredPagefindUI.ts). `eager` is what must be there before the UI: every rule
// that may style an element of the search box stand-in drawn meanwhile (src/search/searchBoxMarkup.ts)
// or anything else on the page, `:root` and its custom properties included. `deferred` is the
// rest: rules that can only match elements of the UI (the results, the clear button, "Load more",
// filters), which arrive with it. Which rule may match what is computed from the stand-in's tree
// (scripts/selectorMatcher.mjs); the page is taken to carry none of the classes the stylesheet
// names, since only Pagefind's UI draws them (the end-to-end suite checks this on a built page).
//
// Each style rule goes whole into one part: a rule of which even one selector may style the
// stand-in or the page stays eager. A group (@media, @supports, @container, @layer) goes into each
// part that holds one of its rules, with those rules. Any other at-rule (@keyframes, @font-face,
// @property...) stays eager, where every rule can use it. The two parts are printed by lightningcss
// (not minified: the build minifies them as it does the rest of the CSS).
import { transform } from 'lightningcss';
import { selectorMatcher } from './selectorMatcher.mjs';

/** @typedef {import('../src/search/searchBoxMarkup.ts').ElementTree} ElementTree */
/** @typedef {import('lightningcss').Rule} Rule */
/** @typedef {import('lightningcss').Selector} Selector */
/** @typedef {'eager' | 'deferred'} Part */

/** At-rules whose content is rules, split with them. */
const GROUPS = new Set(['media', 'supports', 'container', 'layer-block', 'starting-style']);

/**
 * @param {string} css Pagefind UI's stylesheet.
 * @param {{ standIn: ElementTree }} options The elements drawn before the UI arrives.
 * @returns {{ eager: string, deferred: string }}
 */
export function splitPagefindCss(css, { standIn }) {
	const rules = parseRules(css);
	const mayMatch = selectorMatcher(standIn, { classesNotOnPage: classesNamed(rules) });
	/** @type {Map<string, Set<Part>>} Each rule (by its place in the text) -> the parts it goes into. */
	const parts = new Map();
	/** @type {(rule: Rule) => Set<Part>} */
	const place = (rule) => {
		/** @type {Set<Part>} */
		let into;
		if (rule.type === 'import') throw new Error("Pagefind's stylesheet @imports another: split that one too, or keep it whole");
		if (rule.type === 'style' && rule.value.rules.length === 0)
			into = new Set([rule.value.selectors.some((selector) => mayMatch(selector).length > 0) ? 'eager' : 'deferred']);
		else if (GROUPS.has(rule.type) && rulesIn(rule).length > 0) into = new Set(rulesIn(rule).flatMap((inner) => [...place(inner)]));
		// A style rule with nested rules (relative to it), any other at-rule: eager, with whatever it holds.
		else {
			into = new Set(['eager']);
			for (const inner of rulesIn(rule)) markWhole(inner, into);
		}
		parts.set(locationKey(rule), into);
		return into;
	};
	/** @type {(rule: Rule, into: Set<Part>) => void} */
	const markWhole = (rule, into) => {
		parts.set(locationKey(rule), into);
		for (const inner of rulesIn(rule)) markWhole(inner, into);
	};
	rules.forEach(place);
	return { eager: print(css, parts, 'eager'), deferred: print(css, parts, 'deferred') };
}

/** The rules a rule holds: a group's, or a style rule's nested ones. */
const rulesIn = (/** @type {Rule} */ rule) => ('rules' in rule.value && Array.isArray(rule.value.rules) ? /** @type {Rule[]} */ (rule.value.rules) : []);

/** @type {(css: string) => Rule[]} */
function parseRules(css) {
	/** @type {Rule[]} */
	let rules = [];
	transform({
		filename: 'ui.css',
		code: Buffer.from(css),
		errorRecovery: false,
		visitor: {
			StyleSheet(sheet) {
				rules = sheet.rules;
			},
		},
	});
	return rules;
}

/** Where a rule starts in the text: how the printing passes find the parsing pass's rules. */
function locationKey(/** @type {Rule} */ rule) {
	const loc = 'loc' in rule.value ? rule.value.loc : undefined;
	if (!loc || typeof loc !== 'object' || !('line' in loc)) throw new Error(`A ${rule.type} rule without a place in the text`);
	return `${loc.line}:${loc.column}`;
}

/** @type {(css: string, parts: Map<string, Set<Part>>, part: Part) => string} */
function print(css, parts, part) {
	const { code } = transform({
		filename: 'ui.css',
		code: Buffer.from(css),
		visitor: {
			Rule(rule) {
				const into = parts.get(locationKey(rule));
				if (!into) throw new Error(`A ${rule.type} rule the parsing pass did not see`);
				return into.has(part) ? undefined : [];
			},
		},
	});
	return code.toString();
}

/** Every class name the rules' selectors name, at any depth (`:is(.a)`, `:not(.b)`). */
function classesNamed(/** @type {Rule[]} */ rules) {
	/** @type {Set<string>} */
	const names = new Set();
	/** @type {(selector: Selector) => void} */
	const collect = (selector) => {
		for (const component of selector) {
			if (component.type === 'class') names.add(component.name);
			if ('selectors' in component && Array.isArray(component.selectors)) component.selectors.forEach(collect);
		}
	};
	/** @type {(rule: Rule) => void} */
	const visit = (rule) => {
		if (rule.type === 'style') rule.value.selectors.forEach(collect);
		rulesIn(rule).forEach(visit);
	};
	rules.forEach(visit);
	return names;
}
