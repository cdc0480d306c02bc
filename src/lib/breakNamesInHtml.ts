import type { Element, Nodes, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { nameWords } from './nameWords';

/** Class of the element around a name that may wrap only at its word joints (see src/styles/layout.css). */
export const NAME_CLASS = 'name-words';

/** Elements whose text is not prose: left exactly as they are. */
const SKIPPED = new Set(['script', 'style', 'textarea', 'pre', 'title', 'template', 'option', 'svg', 'math', 'noscript']);

/** A run of identifier characters: the candidates for a name. */
const NAME_RUN = /[A-Za-z0-9_.]+/g;

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The text's HTML with each name that has word joints as `<span class=…>Create<wbr>Or…</span>`, or undefined when it has none. */
function breakText(text: string): string | undefined {
	let changed = false;
	let html = '';
	let last = 0;
	for (const match of text.matchAll(NAME_RUN)) {
		const words = nameWords(match[0]);
		if (words.length < 2) continue;
		changed = true;
		html += escapeText(text.slice(last, match.index));
		html += `<span class="${NAME_CLASS}">${words.map(escapeText).join('<wbr>')}</span>`;
		last = match.index + match[0].length;
	}
	return changed ? html + escapeText(text.slice(last)) : undefined;
}

/**
 * Rendered HTML in which every long name (`CreateOrUpdateAuthSessionStart`, `info_request_id`) can
 * wrap between its words and nowhere else, wherever it is shown: a `<wbr>` at each word joint, and
 * the name in an element whose CSS lets it break inside a word only when one word alone is wider
 * than the line. Only text nodes change; everything else is kept byte for byte (scripts, attributes,
 * the text of `<pre>`, `<textarea>`, `<option>`).
 */
export function breakNamesInHtml(html: string): string {
	const edits: { start: number; end: number; html: string }[] = [];
	const visit = (node: Nodes) => {
		if (node.type === 'text') {
			const { start, end } = (node as Text).position ?? {};
			const replacement = breakText(node.value);
			if (replacement !== undefined && start?.offset !== undefined && end?.offset !== undefined) {
				edits.push({ start: start.offset, end: end.offset, html: replacement });
			}
			return;
		}
		if (node.type === 'element' && SKIPPED.has((node as Element).tagName)) return;
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html, { fragment: true }));
	let out = html;
	for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.html + out.slice(edit.end);
	return out;
}
