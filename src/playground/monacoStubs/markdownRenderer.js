// Stand-in for Monaco's markdown renderer (see scripts/viteMonacoStubs.mjs). Monaco renders hovers,
// suggestion details and a few of its own messages with `marked`, then cleans the HTML with
// DOMPurify (26 KB gzip together). What the playground shows there is small: a key's name in bold,
// its type and `code` spans, the schema's description; Monaco's own texts add links and backslash
// escapes. This renders that subset (paragraphs, line breaks, fenced code, `code`, **strong**,
// *emphasis*, [links](target), backslash escapes) and shows anything else as the text it is.
//
// Safe by construction: it builds elements and text nodes and never parses HTML, so a reader's key
// or a schema's text can never become markup. A link gets no `href`: its target is handed to the
// caller's `actionHandler` on click or Enter, as Monaco's renderer does (which opens commands only
// for trusted strings, never for a hover's).

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

/** A fenced code block's opening line: three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Block structure of a markdown text: `{ type: 'code', text }` for fenced code, otherwise
 * `{ type: 'paragraph', lines }` for lines between blank lines.
 */
function parseBlocks(value) {
	const blocks = [];
	let lines = [];
	const endParagraph = () => {
		if (lines.length > 0) blocks.push({ type: 'paragraph', lines });
		lines = [];
	};
	const all = value.replace(/\r\n?/g, '\n').split('\n');
	for (let index = 0; index < all.length; index++) {
		const line = all[index];
		const fence = FENCE.exec(line);
		if (fence) {
			endParagraph();
			const code = [];
			for (index++; index < all.length && !all[index].trimStart().startsWith(fence[1]); index++) code.push(all[index]);
			blocks.push({ type: 'code', text: code.join('\n') });
		} else if (line.trim() === '') endParagraph();
		else lines.push(line);
	}
	endParagraph();
	return blocks;
}

/** Where the run of `delimiter` that closes one opened at `from` starts, or -1. */
function closingDelimiter(text, from, delimiter) {
	for (let index = from; index < text.length; index++) {
		if (text[index] === '\\') index++;
		else if (text[index] === '`') {
			const run = /^`+/.exec(text.slice(index))[0];
			const close = text.indexOf(run, index + run.length);
			if (close > 0) index = close + run.length - 1;
		} else if (text.startsWith(delimiter, index) && index > from && text[index - 1] !== ' ') {
			const after = text[index + delimiter.length] ?? '';
			const longer = after === delimiter[0];
			if (!longer && !(delimiter[0] === '_' && WORD.test(after))) return index;
		}
	}
	return -1;
}

/**
 * Inline nodes of one paragraph: strings, `{ type: 'code' | 'strong' | 'em', ... }`,
 * `{ type: 'link', href, children }` and `{ type: 'br' }`.
 */
function parseInline(text) {
	const nodes = [];
	let plain = '';
	const push = (node) => {
		if (plain) nodes.push(plain);
		plain = '';
		nodes.push(node);
	};
	for (let index = 0; index < text.length; ) {
		const char = text[index];
		if (char === '\\' && text[index + 1] === '\n') {
			push({ type: 'br' });
			index += 2;
		} else if (char === '\\' && PUNCTUATION.test(text[index + 1] ?? '')) {
			plain += text[index + 1];
			index += 2;
		} else if (char === ' ' && /^ {2,}\n/.test(text.slice(index))) {
			push({ type: 'br' });
			index = text.indexOf('\n', index) + 1;
		} else if (char === '`') {
			const run = /^`+/.exec(text.slice(index))[0];
			const close = text.indexOf(run, index + run.length);
			if (close < 0 || text[close + run.length] === '`') {
				plain += run;
				index += run.length;
				continue;
			}
			let code = text.slice(index + run.length, close).replace(/\n/g, ' ');
			if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
			push({ type: 'code', text: code });
			index = close + run.length;
		} else if (char === '*' || char === '_') {
			const double = text[index + 1] === char;
			const delimiter = double ? char + char : char;
			const start = index + delimiter.length;
			const opens =
				text[start] !== undefined &&
				text[start] !== ' ' &&
				text[start] !== char &&
				!(char === '_' && WORD.test(text[index - 1] ?? ''));
			const close = opens ? closingDelimiter(text, start, delimiter) : -1;
			if (close < 0) {
				plain += delimiter;
				index = start;
				continue;
			}
			push({ type: double ? 'strong' : 'em', children: parseInline(text.slice(start, close)) });
			index = close + delimiter.length;
		} else if (char === '[') {
			const link = /^\[((?:[^\\\]]|\\.)*)\]\(([^()\s]*)(?:\s+"(?:[^"\\]|\\.)*")?\)/.exec(text.slice(index));
			if (!link) {
				plain += char;
				index++;
				continue;
			}
			push({ type: 'link', href: link[2], children: parseInline(link[1]) });
			index += link[0].length;
		} else {
			plain += char;
			index++;
		}
	}
	if (plain) nodes.push(plain);
	return nodes;
}

function inlineText(nodes) {
	return nodes
		.map((node) => (typeof node === 'string' ? node : node.type === 'br' ? '\n' : (node.text ?? inlineText(node.children))))
		.join('');
}

const TAGS = { code: 'code', strong: 'strong', em: 'em', link: 'a' };

/**
 * The link targets kept as links, as Monaco's own renderer keeps them: web and mail addresses,
 * and `command:` only in text marked trusted. Any other link shows as its text alone.
 */
function isAllowedLink(href, trusted) {
	return /^(?:https?|mailto):/i.test(href) || (Boolean(trusted) && /^command:/i.test(href));
}

function inlineElements(nodes, trusted) {
	return nodes.flatMap((node) => {
		if (typeof node === 'string') return [document.createTextNode(node)];
		if (node.type === 'br') return [document.createElement('br')];
		if (node.type === 'link' && !isAllowedLink(node.href, trusted)) return inlineElements(node.children, trusted);
		const element = document.createElement(TAGS[node.type]);
		if (node.type === 'code') element.textContent = node.text;
		else element.append(...inlineElements(node.children, trusted));
		if (node.type === 'link') {
			element.dataset.href = node.href;
			element.tabIndex = 0;
			element.setAttribute('role', 'link');
		}
		return [element];
	});
}

function blockElement(block, trusted) {
	if (block.type === 'code') {
		const pre = document.createElement('pre');
		pre.append(document.createElement('code'));
		pre.firstChild.textContent = block.text;
		return pre;
	}
	const paragraph = document.createElement('p');
	paragraph.append(...inlineElements(parseInline(block.lines.join('\n')), trusted));
	return paragraph;
}

/**
 * Renders `markdown` (a Monaco markdown string: `{ value, isTrusted?, ... }`) into `target`, or into
 * a new `<div>`. Links call `options.actionHandler(target, markdown)`.
 */
export function renderMarkdown(markdown, options = {}, target) {
	const element = target ?? document.createElement('div');
	element.replaceChildren(...parseBlocks(markdown.value ?? '').map((block) => blockElement(block, markdown.isTrusted)));
	const activate = (event) => {
		const link = event.target instanceof Element ? event.target.closest('a[data-href]') : null;
		if (!link || !element.contains(link) || !options.actionHandler) return;
		if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
		if (event.type !== 'keydown' && event.button !== 0 && event.button !== 1) return;
		event.preventDefault();
		event.stopPropagation();
		options.actionHandler(link.dataset.href, markdown);
	};
	const events = ['click', 'auxclick', 'keydown'];
	for (const type of events) element.addEventListener(type, activate);
	return {
		element,
		dispose: () => {
			for (const type of events) element.removeEventListener(type, activate);
		},
	};
}

/** The text a markdown string reads as, without its markup (a plain string is returned as it is). */
export function renderAsPlaintext(markdown) {
	if (typeof markdown === 'string') return markdown;
	const value = markdown.value ?? '';
	return parseBlocks(value.length > 100_000 ? `${value.slice(0, 100_000)}…` : value)
		.map((block) => (block.type === 'code' ? block.text : inlineText(parseInline(block.lines.join('\n')))))
		.join('\n')
		.trim();
}
