/**
 * The elements the search box stand-in draws (`searchBoxStandIn.ts`), as plain data: the real
 * Pagefind box's elements and classes, so it looks the same and nothing moves when the real one
 * replaces it. The stand-in builds its DOM from this, and the build reads the same tree to keep in
 * every page's stylesheet exactly the Pagefind rules that can style it
 * (`scripts/splitPagefindCss.mjs`): what is drawn and what is styled cannot drift apart.
 */

/** Names the pinned Pagefind UI's style scope (tested against its stylesheet and its markup). */
export const PAGEFIND_UI_CLASS = 'svelte-e9gkc3';

/** One element and its subtree, as a stylesheet sees it: its name, attributes (`class` too), children. */
export interface ElementTree {
	tag: string;
	attributes: Readonly<Record<string, string>>;
	children: readonly ElementTree[];
}

export interface SearchBoxLabels {
	/** The box's placeholder (Starlight's "Search" in the site's language). */
	placeholder: string;
	/** The search form's accessible name. */
	label: string;
}

const scoped = (name: string) => `${name} ${PAGEFIND_UI_CLASS}`;

export function searchBoxMarkup(labels: SearchBoxLabels): ElementTree {
	const input: ElementTree = {
		tag: 'input',
		attributes: {
			class: scoped('pagefind-ui__search-input'),
			type: 'text',
			placeholder: labels.placeholder,
			title: labels.placeholder,
			autocapitalize: 'none',
			enterkeyhint: 'search',
		},
		children: [],
	};
	const form: ElementTree = {
		tag: 'form',
		attributes: { class: scoped('pagefind-ui__form'), role: 'search', 'aria-label': labels.label },
		children: [input],
	};
	return { tag: 'div', attributes: { class: scoped('pagefind-ui') }, children: [form] };
}
