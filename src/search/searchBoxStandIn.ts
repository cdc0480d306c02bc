/**
 * A plain search box drawn where Pagefind's UI will be, while that UI is on its way (it is fetched
 * when the reader first reaches for search: `deferredPagefindUI.ts`). Starlight focuses the
 * dialog's input when the dialog opens, so a reader who presses Ctrl+K and types at once types into
 * this box: a real text box, so input methods, AltGr and Option characters, Backspace and paste
 * all work, and Space cannot reach the dialog's Cancel button. `handOver` moves the text, the
 * caret and the focus into the real UI's search box. It is drawn from `searchBoxMarkup` (the real
 * box's elements and classes), so it looks the same and nothing moves when the real one replaces it.
 */
import { searchBoxMarkup, type ElementTree, type SearchBoxLabels } from './searchBoxMarkup';

export type { SearchBoxLabels } from './searchBoxMarkup';

export interface SearchBoxStandIn {
	/**
	 * Removes this box and calls `build` (which draws the real UI and gives back its search box),
	 * then gives that box this one's text, caret and focus.
	 */
	handOver(build: () => HTMLInputElement | null): void;
}

function draw(document: Document, tree: ElementTree): HTMLElement {
	const element = document.createElement(tree.tag);
	for (const [name, value] of Object.entries(tree.attributes)) element.setAttribute(name, value);
	element.append(...tree.children.map((child) => draw(document, child)));
	return element;
}

export function searchBoxStandIn(container: HTMLElement, labels: SearchBoxLabels): SearchBoxStandIn {
	const document = container.ownerDocument;
	const ui = draw(document, searchBoxMarkup(labels));
	// Enter would submit the form and reload the page; the real UI searches as the reader types.
	ui.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
	const box = ui.querySelector('input')!;
	container.append(ui);
	return {
		handOver(build) {
			const focused = document.activeElement === box;
			const { value, selectionStart, selectionEnd } = box;
			ui.remove();
			const input = build();
			if (!input) return;
			if (value) {
				input.value = value;
				// The real UI searches on its box's input event.
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}
			if (focused) {
				input.focus();
				input.setSelectionRange(selectionStart, selectionEnd);
			}
		},
	};
}
