import type { TextEdit } from '../validation/validate';

/** The text with the edits applied; edits are offsets into the original text and must not overlap. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	let out = text;
	for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
		out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	}
	return out;
}
