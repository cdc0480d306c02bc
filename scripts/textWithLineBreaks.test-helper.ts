import fc from 'fast-check';

const textOf = (maxParts: number, ...parts: string[]) =>
	fc.array(fc.constantFrom(...parts), { maxLength: maxParts }).map((chosen) => chosen.join(''));

/**
 * Texts for the Monaco line-break patches' property tests, half of them with `\r` (lone or in
 * `\r\n`: Monaco's own walk) and half with `\n` only (the patches' search), with wide characters.
 */
export function textWithLineBreaks(maxParts: number): fc.Arbitrary<string> {
	return fc.oneof(textOf(maxParts, 'a', 'bc', '\n', '\r', '\r\n', ' ', '日'), textOf(maxParts, 'a', 'bc', '\n', '\n\n', ' ', '日'));
}
