import { applyTextEdits } from './applyTextEdits';
import type { EditorAdapter } from './editorAdapter';

/** The plain-textarea editor: always there first, and the fallback when Monaco cannot load. */
export function textareaEditor(textarea: HTMLTextAreaElement): EditorAdapter {
	const listeners = new Set<() => void>();
	const onInput = () => listeners.forEach((listener) => listener());
	textarea.addEventListener('input', onInput);
	return {
		kind: 'textarea',
		getText: () => textarea.value,
		setText(text) {
			textarea.value = text;
			onInput();
		},
		applyEdits(edits, select) {
			textarea.value = applyTextEdits(textarea.value, edits);
			onInput();
			if (select) {
				textarea.focus();
				textarea.setSelectionRange(select.start, select.end);
			}
		},
		onChange: (listener) => void listeners.add(listener),
		// Plain text: no highlighting, completion or hover to switch.
		configure: () => undefined,
		showProblems(verdict) {
			textarea.setAttribute('aria-invalid', String(!verdict.valid));
		},
		reveal(range) {
			textarea.focus();
			textarea.setSelectionRange(range.start, range.end);
		},
		getCaretOffset: () => textarea.selectionStart,
		setCaretOffset: (offset) => textarea.setSelectionRange(offset, offset),
		hasFocus: () => textarea.ownerDocument.activeElement === textarea,
		focus: () => textarea.focus(),
		dispose() {
			textarea.removeEventListener('input', onInput);
			listeners.clear();
		},
	};
}
