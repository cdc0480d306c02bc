import { transform, type Selector } from 'lightningcss';
import { describe, expect, test } from 'vitest';
import type { ElementTree } from '../src/search/searchBoxMarkup';
import { PAGE, selectorMatcher } from './selectorMatcher.mjs';

/** The selectors of `text { }`, as lightningcss parses them. */
function selectors(text: string): Selector[] {
	let parsed: Selector[] = [];
	transform({
		filename: 'test.css',
		code: Buffer.from(`${text} { color: red }`),
		visitor: {
			Rule: {
				style(rule) {
					parsed = rule.value.selectors;
				},
			},
		},
	});
	return parsed;
}

const element = (tag: string, attributes: Record<string, string>, children: ElementTree[] = []): ElementTree => ({
	tag,
	attributes,
	children,
});
// <div class="box lib"><label class="hint"></label><input class="field lib" type="text" placeholder="Search"></div>
const input = element('input', { class: 'field lib', type: 'text', placeholder: 'Search' });
const label = element('label', { class: 'hint' });
const box = element('div', { class: 'box lib' }, [label, input]);
// Classes only the library draws: `result`, `reset` and its own. `hint` is one the page may use too.
const match = selectorMatcher(box, { classesNotOnPage: new Set(['box', 'lib', 'field', 'result', 'reset']) });
/** What each of the selectors in `text` may match. */
const matches = (text: string) => selectors(text).map(match);

describe('selectorMatcher', () => {
	test('a class, a type, an id: the elements that have it, and the page where it may be there', () => {
		expect(matches('.field')).toEqual([[input]]);
		expect(matches('.lib')).toEqual([[box, input]]);
		expect(matches('.result')).toEqual([[]]);
		expect(matches('.hint')).toEqual([[label, PAGE]]);
		expect(matches('input')).toEqual([[input, PAGE]]);
		expect(matches('input.lib, div.field, #x.lib')).toEqual([[input], [], []]);
		expect(matches('*')).toEqual([[box, label, input, PAGE]]);
	});

	test("a pseudo-element styles a part of its element; a state may always come", () => {
		expect(matches('.field::placeholder, .box:before, .lib ::placeholder')).toEqual([[input], [box], [label, input]]);
		expect(matches('.field:hover, .field:focus-visible, .field:checked, .lib:last-of-type')).toEqual([
			[input],
			[input],
			[input],
			[box, input],
		]);
		expect(matches('.result:hover, :not(.field)')).toEqual([[], [box, label, input, PAGE]]);
	});

	test(':root is the page, never a drawn element', () => {
		expect(matches(':root, :root .lib, html')).toEqual([[PAGE], [box, input], [PAGE]]);
	});

	test('ancestors: in the tree, or on the page unless they need a class only the library draws', () => {
		expect(matches('.box .field, .box > .field, .box > label + .field, .hint ~ .field')).toEqual([[input], [input], [input], [input]]);
		expect(matches('.field .box, .box > .box, .field + .hint, .field ~ .hint')).toEqual([[], [], [], []]);
		expect(matches('body .box, main > .box, [dir=rtl] .field, .hint .box')).toEqual([[box], [box], [input], [box]]);
		// The page never has the library's reset class, so its descendants there are the library's own.
		expect(matches('.reset *, .reset input, .result .field, .reset ::placeholder')).toEqual([[], [], [], []]);
		expect(matches('.box *')).toEqual([[label, input]]);
	});

	test('attributes: present is enough, whatever the value asked (labels vary)', () => {
		expect(matches('[placeholder], [type=checkbox], [placeholder="Anything"], [hidden], [draggable=true]')).toEqual([
			[input, PAGE],
			[input, PAGE],
			[input, PAGE],
			[PAGE],
			[PAGE],
		]);
		expect(matches('.lib[hidden], .field[type]')).toEqual([[], [input]]);
	});

	test(':is() and :where() match as their arguments do, relative to the element', () => {
		expect(matches('.lib:is(input), :where(.result, .field), .lib:where(.box *), .lib:is(.result *)')).toEqual([
			[input],
			[input],
			[input],
			[],
		]);
	});
});
