import type { Span } from '../validation/sourceTree';
import type { ShownVerdict, SourceRange, TextEdit } from '../validation/validate';
import type { EditorMode } from './shareLink';

/**
 * What the playground needs from an editor. Two implement it: Monaco, and the plain textarea that
 * is on the page before Monaco loads (and stays if Monaco cannot load).
 */
export interface EditorAdapter {
	readonly kind: 'monaco' | 'textarea';
	getText(): string;
	/** Replaces the whole text; undoable where the editor supports it. */
	setText(text: string): void;
	/**
	 * Applies edits (offsets into the current text) as one undoable step, notifies change
	 * listeners, and puts the cursor at `select` (offsets in the new text) when given.
	 */
	applyEdits(edits: readonly TextEdit[], select?: Span): void;
	onChange(listener: () => void): void;
	/** Switches the language (JSON or TypeScript) and the schema that completion and hover use. */
	configure(mode: EditorMode, jsonSchema: unknown): void;
	showProblems(verdict: ShownVerdict): void;
	/** Puts the cursor at the start of the range, selects it, scrolls it into view and focuses the editor. */
	reveal(range: SourceRange): void;
	/** Caret position, to carry over when one editor replaces the other. */
	getCaretOffset(): number;
	setCaretOffset(offset: number): void;
	hasFocus(): boolean;
	focus(): void;
	dispose(): void;
}

export { MAX_SHOWN_PROBLEMS } from '../validation/limits';
