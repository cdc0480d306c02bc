/**
 * A plain search box drawn where Pagefind's UI will be, while that UI is on its way (it is fetched
 * when the reader first reaches for search: `deferredPagefindUI.ts`). Starlight focuses the
 * dialog's input when the dialog opens, so a reader who presses Ctrl+K and types at once types into
 * this box: a real text box, so input methods, AltGr and Option characters, Backspace and paste
 * all work, and Space cannot reach the dialog's Cancel button. `handOver` moves the text, the
 * caret and the focus into the real UI's search box. It is drawn with the real box's elements and
 * classes (`PAGEFIND_UI_CLASS` names the pinned Pagefind UI's style scope; tested against its
 * stylesheet), so it looks the same and nothing moves when the real one replaces it.
 */
export const PAGEFIND_UI_CLASS = 'svelte-e9gkc3';

export interface SearchBoxLabels {
	/** The box's placeholder (Starlight's "Search" in the site's language). */
	placeholder: string;
	/** The search form's accessible name. */
	label: string;
}

export interface SearchBoxStandIn {
	/**
	 * Removes this box and calls `build` (which draws the real UI and gives back its search box),
	 * then gives that box this one's text, caret and focus.
	 */
	handOver(build: () => HTMLInputElement | null): void;
}

export function searchBoxStandIn(container: HTMLElement, labels: SearchBoxLabels): SearchBoxStandIn {
	const document = container.ownerDocument;
	const ui = document.createElement('div');
	ui.className = `pagefind-ui ${PAGEFIND_UI_CLASS}`;
	const form = document.createElement('form');
	form.className = `pagefind-ui__form ${PAGEFIND_UI_CLASS}`;
	form.setAttribute('role', 'search');
	form.setAttribute('aria-label', labels.label);
	// Enter would submit the form and reload the page; the real UI searches as the reader types.
	form.addEventListener('submit', (event) => event.preventDefault());
	const box = document.createElement('input');
	box.className = `pagefind-ui__search-input ${PAGEFIND_UI_CLASS}`;
	box.type = 'text';
	box.placeholder = labels.placeholder;
	box.title = labels.placeholder;
	box.autocapitalize = 'none';
	box.enterKeyHint = 'search';
	form.append(box);
	ui.append(form);
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
