import fc from 'fast-check';
import { vi } from 'vitest';

const textOf = (maxParts: number, ...parts: string[]) =>
	fc.array(fc.constantFrom(...parts), { maxLength: maxParts }).map((chosen) => chosen.join(''));

/**
 * Texts for the Monaco line-break patches' property tests, half of them with `\r` (lone or in
 * `\r\n`: Monaco's own walk) and half with `\n` only (the patches' search), with wide characters.
 */
export function textWithLineBreaks(maxParts: number): fc.Arbitrary<string> {
	return fc.oneof(textOf(maxParts, 'a', 'bc', '\n', '\r', '\r\n', ' ', '日'), textOf(maxParts, 'a', 'bc', '\n', '\n\n', ' ', '日'));
}

/** Whether `run(text)` reads the text character by character (`charCodeAt`) rather than searching it. */
export function readsEachCharacter(run: (text: string) => unknown, text: string): boolean {
	const charCodeAt = vi.spyOn(String.prototype, 'charCodeAt');
	try {
		run(text);
		return charCodeAt.mock.calls.length > 0;
	} finally {
		charCodeAt.mockRestore();
	}
}
