import { nameWords } from './nameWords';

/** Characters in the longest piece of the text that cannot wrap (between spaces and word joints). */
export function longestWord(text: string): number {
	return Math.max(0, ...text.split(/\s+/).flatMap(nameWords).map((word) => word.length));
}
