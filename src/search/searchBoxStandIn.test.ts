import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PAGEFIND_UI_CLASS } from './searchBoxStandIn';

const PAGEFIND = new URL('../../node_modules/@pagefind/default-ui/', import.meta.url);

// The stand-in box borrows the real box's look: the pinned Pagefind UI must still draw its box with
// these classes, and its stylesheet style them (a Pagefind upgrade that renames them fails here).
test("the stand-in's classes are the ones the pinned Pagefind UI draws its search box with and styles", () => {
	const ui = readFileSync(new URL('npm_dist/mjs/ui-core.mjs', PAGEFIND), 'utf8');
	const css = readFileSync(new URL('css/ui.css', PAGEFIND), 'utf8');
	for (const part of ['pagefind-ui', 'pagefind-ui__form', 'pagefind-ui__search-input']) {
		expect(ui).toContain(`"${part} ${PAGEFIND_UI_CLASS}"`);
		expect(css).toContain(`.${part}.${PAGEFIND_UI_CLASS}`);
	}
});
