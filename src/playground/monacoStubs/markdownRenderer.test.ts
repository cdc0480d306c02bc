import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { hoverAt } from '../languageFeatures';
import type { JsonSchemaNode } from '../schemaAt';
import { renderAsPlaintext, renderMarkdown } from './markdownRenderer.js';

/**
 * Just enough of a DOM to see what the stand-in builds: elements and text nodes. Setting
 * `innerHTML` or `outerHTML` throws, so a test fails if markup is ever parsed from a string.
 */
class FakeNode {
	childNodes: FakeNode[] = [];
	dataset: Record<string, string> = {};
	attributes: Record<string, string> = {};
	tabIndex = -1;
	listeners = new Map<string, (event: unknown) => void>();
	constructor(
		readonly nodeName: string,
		private text = ''
	) {}
	append(...nodes: FakeNode[]) {
		this.childNodes.push(...nodes);
	}
	replaceChildren(...nodes: FakeNode[]) {
		this.childNodes = [...nodes];
	}
	get textContent(): string {
		return this.nodeName === '#text' ? this.text : this.childNodes.map((node) => node.textContent).join('');
	}
	set textContent(value: string) {
		this.childNodes = [new FakeNode('#text', value)];
	}
	get firstChild() {
		return this.childNodes[0];
	}
	set innerHTML(_value: string) {
		throw new Error('innerHTML set');
	}
	set outerHTML(_value: string) {
		throw new Error('outerHTML set');
	}
	setAttribute(name: string, value: string) {
		this.attributes[name] = value;
	}
	addEventListener(type: string, listener: (event: unknown) => void) {
		this.listeners.set(type, listener);
	}
	removeEventListener(type: string) {
		this.listeners.delete(type);
	}
}

/** The rendered tree as a compact string: `<p>text<strong>x</strong></p>`. */
function shape(node: FakeNode): string {
	if (node.nodeName === '#text') return node.textContent;
	const attributes = Object.entries(node.dataset).map(([key, value]) => ` data-${key}="${value}"`);
	return `<${node.nodeName}${attributes.join('')}>${node.childNodes.map(shape).join('')}</${node.nodeName}>`;
}

const created: string[] = [];
beforeEach(() => {
	created.length = 0;
	vi.stubGlobal('document', {
		createElement: (name: string) => (created.push(name), new FakeNode(name)),
		createTextNode: (text: string) => new FakeNode('#text', text),
	});
});
afterEach(() => vi.unstubAllGlobals());

const render = (value: string) => shape(renderMarkdown({ value }).element as unknown as FakeNode);

const SCHEMA: JsonSchemaNode = {
	type: 'object',
	required: ['operationId'],
	properties: {
		operationId: { type: 'string', description: 'Keep its `operationId`: it names this creation.' },
		status: { enum: ['started', 'failed'] },
	},
};

test("renders the playground's own hover: the key in bold, its type as code, the description as a paragraph", () => {
	const text = '{"operationId": "x", "status": "started"}';
	const key = hoverAt(text, text.indexOf('operationId'), SCHEMA)!;
	expect(render(key.markdown)).toBe(
		'<div><p><strong>operationId</strong>: <code>string</code> (required)</p>' +
			'<p>Keep its <code>operationId</code>: it names this creation.</p></div>'
	);
	const value = hoverAt(text, text.indexOf('status'), SCHEMA)!;
	expect(render(value.markdown)).toBe('<div><p><strong>status</strong>: <code>"started" | "failed"</code> (optional)</p></div>');
});

test("never turns text into markup: HTML, a reader's key or a description show as the characters they are", () => {
	const markup = '<img src=x onerror=alert(1)> <script>alert(1)</script> &amp; <b>bold</b>';
	expect(render(`**${markup}**: \`${markup}\`\n\n${markup}`)).toBe(
		`<div><p><strong>${markup}</strong>: <code>${markup}</code></p><p>${markup}</p></div>`
	);
	expect(new Set(created)).toEqual(new Set(['div', 'p', 'strong', 'code']));
});

test('backslash escapes (as Monaco writes its own texts) and snake_case read as text; emphasis and line breaks', () => {
	expect(render('Loading\\.\\.\\. \\*not em\\* info_request_id and \\_x\\_')).toBe(
		'<div><p>Loading... *not em* info_request_id and _x_</p></div>'
	);
	expect(render('*a* _b_ __c__ **`d`**')).toBe('<div><p><em>a</em> <em>b</em> <strong>c</strong> <strong><code>d</code></strong></p></div>');
	expect(render('one\ntwo  \nthree')).toBe('<div><p>one\ntwo<br></br>three</p></div>');
	expect(render('a ** b ** `unclosed * _ [x]')).toBe('<div><p>a ** b ** `unclosed * _ [x]</p></div>');
});

test("a link is text with its target kept aside (no href), handed to the caller's handler on click", () => {
	const handler = vi.fn();
	// Monaco marks its own "Don't Show Again" text trusted, so its command link stays a link.
	const markdown = { value: 'Slow. [Don\'t Show Again](command:hide "title")', isTrusted: true };
	const { element, dispose } = renderMarkdown(markdown, { actionHandler: handler });
	const root = element as unknown as FakeNode;
	expect(shape(root)).toBe('<div><p>Slow. <a data-href="command:hide">Don\'t Show Again</a></p></div>');
	const link = root.childNodes[0]!.childNodes[1]!;
	expect(link.attributes).toEqual({ role: 'link' });
	vi.stubGlobal('Element', FakeNode);
	Object.assign(link, { closest: () => link });
	Object.assign(root, { contains: () => true });
	const event = { type: 'click', button: 0, target: link, preventDefault: vi.fn(), stopPropagation: vi.fn() };
	root.listeners.get('click')!(event);
	expect(handler).toHaveBeenCalledWith('command:hide', markdown);
	dispose();
	expect(root.listeners.size).toBe(0);
});

test('a link to anything but a web or mail address (or a command, in trusted text) is its text alone', () => {
	const render = (value: string, isTrusted?: boolean) =>
		shape(renderMarkdown({ value, isTrusted }).element as unknown as FakeNode);
	expect(render('[run](javascript:alert(1))')).toBe('<div><p>[run](javascript:alert(1))</p></div>');
	expect(render('[run](javascript:void) and [img](data:text/html,x)')).toBe('<div><p>run and img</p></div>');
	expect(render('[hide](command:hide)')).toBe('<div><p>hide</p></div>');
	expect(render('[hide](command:hide)', true)).toBe('<div><p><a data-href="command:hide">hide</a></p></div>');
	expect(render('[docs](https://example.com) [mail](mailto:a@b.c)')).toBe(
		'<div><p><a data-href="https://example.com">docs</a> <a data-href="mailto:a@b.c">mail</a></p></div>'
	);
});

test('fenced code is one code block of text; a target element is filled instead of a new one', () => {
	const target = new FakeNode('div');
	renderMarkdown({ value: 'score:\n```empty\na: 1\n<b>\n```\nafter' }, {}, target);
	expect(shape(target)).toBe('<div><p>score:</p><pre><code>a: 1\n<b></code></pre><p>after</p></div>');
});

test('as plain text: the markup goes, the text stays', () => {
	expect(renderAsPlaintext('**as is**')).toBe('**as is**');
	expect(renderAsPlaintext({ value: '**name**: `string`\n\nA [link](https://x) and \\*stars\\*.' })).toBe(
		'name: string\nA link and *stars*.'
	);
});
