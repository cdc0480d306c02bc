import { readFileSync } from 'node:fs';
import { transform, type Rule, type Selector } from 'lightningcss';
import { describe, expect, test } from 'vitest';
import { PAGEFIND_UI_CLASS, searchBoxMarkup, type ElementTree } from '../src/search/searchBoxMarkup';
import { splitPagefindCss } from './splitPagefindCss.mjs';

const PINNED_CSS = readFileSync(new URL('../node_modules/@pagefind/default-ui/css/ui.css', import.meta.url), 'utf8');
const standIn = searchBoxMarkup({ placeholder: 'Search', label: 'Search this site' });

function parse(css: string): Rule[] {
	let rules: Rule[] = [];
	transform({
		filename: 'test.css',
		code: Buffer.from(css),
		visitor: {
			StyleSheet(sheet) {
				rules = sheet.rules;
			},
		},
	});
	return rules;
}

/** A rule's content without its place in the text (which differs between a part and the whole). */
const withoutPlaces = (value: unknown): unknown =>
	JSON.parse(JSON.stringify(value, (key, inner) => (key === 'loc' ? undefined : inner)));

/**
 * Every style rule, in order, with the groups around it (`@media …`): one string each, so a part's
 * rules can be compared with the whole's.
 */
function styleRules(css: string): string[] {
	const found: string[] = [];
	const visit = (rule: Rule, groups: unknown[]) => {
		if (rule.type === 'style') found.push(JSON.stringify({ groups, rule: withoutPlaces(rule.value) }));
		else if ('value' in rule && rule.value && 'rules' in rule.value && Array.isArray(rule.value.rules)) {
			const { rules, ...group } = rule.value as { rules: Rule[] };
			for (const inner of rules) visit(inner, [...groups, { type: rule.type, ...(withoutPlaces(group) as object) }]);
		} else found.push(JSON.stringify({ groups, rule: withoutPlaces(rule) }));
	};
	for (const rule of parse(css)) visit(rule, []);
	return found;
}

/** Whether `part` is `whole` with some rules left out (same order). */
function isSubsequence(part: string[], whole: string[]): boolean {
	let at = 0;
	for (const rule of whole) if (rule === part[at]) at++;
	return at === part.length;
}

const COMBINATORS: Record<string, string> = { descendant: ' ', child: ' > ', 'next-sibling': ' + ', 'later-sibling': ' ~ ' };
/** Selectors of the part's style rules, as CSS text (`.a.b:before`). */
const selectorTexts = (css: string): string[] =>
	parse(css).flatMap((rule) => (rule.type === 'style' ? rule.value.selectors.map(selectorText) : []));
const selectorText = (selector: Selector): string =>
	selector
		.map((component) => {
			switch (component.type) {
				case 'class':
					return `.${component.name}`;
				case 'type':
					return component.name;
				case 'pseudo-class':
					return `:${component.kind}`;
				case 'pseudo-element':
					return `::${component.kind}`;
				case 'combinator':
					return COMBINATORS[component.value] ?? '?';
				default:
					return `[${component.type}]`;
			}
		})
		.join('');

const elementsOf = (tree: ElementTree): ElementTree[] => [tree, ...tree.children.flatMap(elementsOf)];

describe("splitPagefindCss on the pinned Pagefind UI's stylesheet", () => {
	const { eager, deferred } = splitPagefindCss(PINNED_CSS, { standIn });

	test('every rule lands in exactly one part, in its order', () => {
		// The whole as lightningcss prints it (it merges a rule's repeated properties, as the build's minifier does).
		const whole = styleRules(transform({ filename: 'ui.css', code: Buffer.from(PINNED_CSS) }).code.toString());
		const [eagerRules, deferredRules] = [styleRules(eager), styleRules(deferred)];
		expect(eagerRules.length).toBeGreaterThan(0);
		expect(deferredRules.length).toBeGreaterThan(0);
		expect([...eagerRules, ...deferredRules].sort()).toEqual([...whole].sort());
		expect(isSubsequence(eagerRules, whole)).toBe(true);
		expect(isSubsequence(deferredRules, whole)).toBe(true);
	});

	test("the eager part styles the stand-in's elements: every rule on its classes alone, and :root's custom properties", () => {
		const eagerSelectors = selectorTexts(eager);
		for (const element of elementsOf(standIn)) {
			const own = `.${element.attributes.class!.split(' ').join('.')}`;
			// The element itself, its pseudo-elements and states: all eager, none left for later.
			const onElement = selectorTexts(PINNED_CSS).filter((selector) => selector.startsWith(own) && !/[ >+~]/.test(selector));
			expect(onElement.length, own).toBeGreaterThan(0);
			for (const selector of onElement) expect(eagerSelectors).toContain(selector);
		}
		expect(eagerSelectors).toContain(':root');
		expect(eager).toContain('--pagefind-ui-scale');
	});

	test("every class the stylesheet names is one of Pagefind's UI (its `pagefind-ui` names, its Svelte scopes): none the page uses", () => {
		const classesIn = (selector: Selector): string[] =>
			selector.flatMap((component) => [
				...(component.type === 'class' ? [component.name] : []),
				...('selectors' in component && Array.isArray(component.selectors) ? (component.selectors as Selector[]).flatMap(classesIn) : []),
			]);
		const named = parse(PINNED_CSS).flatMap((rule) => (rule.type === 'style' ? rule.value.selectors.flatMap(classesIn) : []));
		expect(named).toContain('pagefind-ui--reset');
		for (const name of named) expect(name).toMatch(/^(?:pagefind-ui|svelte-)/);
	});

	test('the deferred part holds what only the real UI draws: results, clear button, "Load more", filters, the reset', () => {
		const deferredSelectors = selectorTexts(deferred);
		for (const part of ['result', 'result-excerpt', 'search-clear', 'button', 'message', 'filter-panel'])
			expect(deferredSelectors.some((selector) => selector.includes(`.pagefind-ui__${part}.`)), part).toBe(true);
		expect(deferredSelectors.some((selector) => selector.startsWith('.pagefind-ui--reset'))).toBe(true);
		expect(deferredSelectors).not.toContain(':root');
		expect(eager).not.toContain('pagefind-ui__result');
		// Most of the stylesheet waits for the UI.
		expect(deferred.length).toBeGreaterThan(3 * eager.length);
	});
});

describe('splitPagefindCss on other stylesheets', () => {
	const split = (css: string) => {
		const { eager, deferred } = splitPagefindCss(css, { standIn });
		return { eager: selectorTexts(eager), deferred: selectorTexts(deferred), eagerCss: eager, deferredCss: deferred };
	};
	const ui = `.pagefind-ui.${PAGEFIND_UI_CLASS}`;
	const result = '.pagefind-ui__result.svelte-x';

	test('a rule with one selector for the stand-in and one for the UI stays eager, whole', () => {
		expect(split(`${ui}, ${result} { color: red } ${result} { color: blue }`)).toMatchObject({
			eager: [ui, result],
			deferred: [result],
		});
	});

	test('a rule that may style the page (:root, an element, an attribute) stays eager', () => {
		const { eager, deferred } = split(`:root { --x: 1 } body { margin: 0 } [dir] { gap: 0 } ${result} { gap: 1px }`);
		expect(eager).toEqual([':root', 'body', '[attribute]']);
		expect(deferred).toEqual([result]);
	});

	test('a class the stylesheet names is taken to be one only the UI draws, never on the page', () => {
		expect(split(`.sl-flex { gap: 0 }`)).toMatchObject({ eager: [], deferred: ['.sl-flex'] });
	});

	test('@media and @supports go into each part that has one of their rules, with those rules', () => {
		const { eagerCss, deferredCss } = split(`@media (min-width: 50rem) { ${ui} { width: 50% } ${result} { width: 20% } } @supports (display: grid) { ${result} { display: grid } }`);
		expect(eagerCss).toMatch(/^@media \(width >= 50rem\) \{\s+\.pagefind-ui\.svelte-e9gkc3 \{\s+width: 50%;\s+\}\s+\}\s*$/);
		expect(parse(deferredCss).map((rule) => rule.type)).toEqual(['media', 'supports']);
		expect(deferredCss).not.toContain(ui);
	});

	test('@keyframes, @font-face and a rule with nested rules stay eager', () => {
		const { eager, deferred, eagerCss } = split(
			`@keyframes spin { to { rotate: 1turn } } @font-face { font-family: x; src: url(x.woff2) } ${result} { &:hover { color: red } } ${result}:hover { color: blue }`
		);
		expect(eagerCss).toContain('@keyframes spin');
		expect(eagerCss).toContain('@font-face');
		expect(eager).toEqual([result]);
		expect(deferred).toEqual([`${result}:hover`]);
	});

	test('an @import it cannot see into is an error', () => {
		expect(() => split(`@import url('other.css'); ${result} { color: red }`)).toThrow(/@imports another/);
	});
});
