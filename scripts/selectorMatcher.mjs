// Which elements a CSS selector may match, in some state: the elements of a small tree that a
// script draws into a page (a search box stand-in), or the page around it. The build uses it to
// keep in every page's stylesheet only those of a library's rules that can style what is there
// before the library arrives (scripts/splitPagefindCss.mjs).
//
// Own code, because selector engines answer another question: whether a selector matches an
// element of a document in its present state (`:hover` is false until the pointer is there). This
// one answers "could it ever match", so it errs one way only: whatever it cannot rule out from the
// tree (a state, `:not()`, `:has()`, an attribute's value, anything it does not know) may match.
// It reads selectors as lightningcss parses them (an array of components and combinators).

/** @typedef {import('../src/search/searchBoxMarkup.ts').ElementTree} ElementTree */
/** @typedef {import('lightningcss').Selector} Selector */
/** @typedef {import('lightningcss').SelectorComponent} SelectorComponent */

/**
 * Any element of the page around the tree: its ancestors, whatever comes before it, everything else.
 * Nothing is known of it except which classes it never carries.
 */
export const PAGE = 'page';

/** @typedef {ElementTree | typeof PAGE} Candidate */

/**
 * @param {ElementTree} tree The elements drawn (root first).
 * @param {{ classesNotOnPage: ReadonlySet<string> }} options Classes no element of the page carries
 *   (only the library draws them), so a selector that needs one cannot match the page.
 * @returns {(selector: Selector) => Candidate[]} The elements of the tree (in tree order), and
 *   `PAGE`, that the selector may match.
 */
export function selectorMatcher(tree, { classesNotOnPage }) {
	/** @type {Map<ElementTree, Candidate>} */
	const parentOf = new Map();
	/** @type {Map<ElementTree, Candidate[]>} Siblings before an element, nearest last. */
	const siblingsBefore = new Map();
	/** @type {ElementTree[]} */
	const elements = [];
	/** @type {(element: ElementTree, parent: Candidate, before: Candidate[]) => void} */
	const index = (element, parent, before) => {
		elements.push(element);
		parentOf.set(element, parent);
		siblingsBefore.set(element, before);
		element.children.forEach((child, position) => index(child, element, element.children.slice(0, position)));
	};
	// The tree's root sits somewhere in the page, perhaps after other elements of it.
	index(tree, PAGE, [PAGE]);

	/** @type {(element: ElementTree) => Candidate[]} */
	const ancestors = (element) => {
		const found = [];
		for (let parent = parentOf.get(element); parent !== undefined; parent = parent === PAGE ? undefined : parentOf.get(parent))
			found.push(parent);
		return found;
	};

	/** @type {(combinator: string, element: Candidate) => Candidate[]} Where the compound left of `combinator` must match. */
	const related = (combinator, element) => {
		// Around an element of the page is more of the page.
		if (element === PAGE) return [PAGE];
		switch (combinator) {
			case 'child':
				return [parentOf.get(element) ?? PAGE];
			case 'next-sibling':
				return siblingsBefore.get(element)?.slice(-1) ?? [];
			case 'later-sibling':
				return siblingsBefore.get(element) ?? [];
			default:
				// `descendant`, and any combinator not known here: an ancestor, to err on the side of a match.
				return ancestors(element);
		}
	};

	/** @type {(component: SelectorComponent, element: Candidate) => boolean} */
	const componentMayMatch = (component, element) => {
		switch (component.type) {
			case 'type':
				return element === PAGE || element.tag === component.name.toLowerCase();
			case 'class':
				return element === PAGE ? !classesNotOnPage.has(component.name) : classList(element).includes(component.name);
			case 'id':
				return element === PAGE || element.attributes.id === component.name;
			case 'attribute':
				// Values are not compared (some are the site's translated labels): present is enough.
				return element === PAGE || Object.hasOwn(element.attributes, component.name.toLowerCase());
			case 'pseudo-class':
				switch (component.kind) {
					case 'root':
						// The tree is drawn inside the page, so none of its elements is the document's root.
						return element === PAGE;
					case 'is':
					case 'where':
					case 'any':
						return component.selectors.some((selector) => matchesAsSubject(selector, element));
					default:
						// A state (:hover, :focus, :checked), a position, :not(), :has(): it may match.
						return true;
				}
			default:
				// `*`, `&`, a pseudo-element (it styles a part of the element), a namespace.
				return true;
		}
	};

	/** @type {(selector: Selector, element: Candidate) => boolean} */
	const matchesAsSubject = (selector, element) => {
		const { compounds, combinators } = compoundsOf(selector);
		/** @type {(at: number, candidate: Candidate) => boolean} */
		const matchesFrom = (at, candidate) =>
			compounds[at].every((component) => componentMayMatch(component, candidate)) &&
			(at === 0 || related(combinators[at - 1], candidate).some((next) => matchesFrom(at - 1, next)));
		return matchesFrom(compounds.length - 1, element);
	};

	return (selector) => [...elements, PAGE].filter((element) => matchesAsSubject(selector, element));
}

/** @type {(element: ElementTree) => string[]} */
const classList = (element) => (element.attributes.class ?? '').split(' ').filter(Boolean);

/**
 * A selector's compound selectors, left to right, and the combinator between each two.
 * @param {Selector} selector
 */
function compoundsOf(selector) {
	/** @type {SelectorComponent[][]} */
	const compounds = [[]];
	/** @type {string[]} */
	const combinators = [];
	for (const component of selector) {
		// lightningcss may put a `pseudo-element` combinator before `::before`: it stays on its element.
		if (component.type === 'combinator' && component.value !== 'pseudo-element') {
			combinators.push(component.value);
			compounds.push([]);
		} else if (component.type !== 'combinator') compounds.at(-1)?.push(component);
	}
	return { compounds, combinators };
}
