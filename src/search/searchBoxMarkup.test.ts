import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PAGEFIND_UI_CLASS, searchBoxMarkup, type ElementTree } from './searchBoxMarkup';

const PAGEFIND = new URL('../../node_modules/@pagefind/default-ui/', import.meta.url);
const elements = (tree: ElementTree): ElementTree[] => [tree, ...tree.children.flatMap(elements)];

// The stand-in box borrows the real box's look: the pinned Pagefind UI must still draw its box with
// these classes, and its stylesheet style them (a Pagefind upgrade that renames them fails here).
test("the stand-in's classes are the ones the pinned Pagefind UI draws its search box with and styles", () => {
	const ui = readFileSync(new URL('npm_dist/mjs/ui-core.mjs', PAGEFIND), 'utf8');
	const css = readFileSync(new URL('css/ui.css', PAGEFIND), 'utf8');
	const drawn = elements(searchBoxMarkup({ placeholder: 'Search', label: 'Search this site' }));
	expect(drawn.map((element) => element.tag)).toEqual(['div', 'form', 'input']);
	for (const element of drawn) {
		const classes = element.attributes.class!;
		expect(classes.split(' ')).toContain(PAGEFIND_UI_CLASS);
		expect(ui).toContain(JSON.stringify(classes));
		expect(css).toContain(`.${classes.replace(' ', '.')}`);
	}
});

test('the labels go where the real box has them', () => {
	const [, form, input] = elements(searchBoxMarkup({ placeholder: 'Suche', label: 'Diese Seite durchsuchen' }));
	expect(form!.attributes).toMatchObject({ role: 'search', 'aria-label': 'Diese Seite durchsuchen' });
	expect(input!.attributes).toMatchObject({ type: 'text', placeholder: 'Suche', title: 'Suche' });
});
