import { expect, test } from 'vitest';
import { breakNamesInHtml } from './breakNamesInHtml';

const NAME = '<span class="name-words">Create<wbr>Or<wbr>Update<wbr>Auth<wbr>Session<wbr>Start</span>';

test('a name in text gets a break opportunity at each word joint, and only there', () => {
	expect(breakNamesInHtml('<h1 id="_top">CreateOrUpdateAuthSessionStart</h1>')).toBe(`<h1 id="_top">${NAME}</h1>`);
	expect(breakNamesInHtml('<a href="/x/"><span>The CreateOrUpdateAuthSessionStart model.</span></a>')).toBe(
		`<a href="/x/"><span>The ${NAME} model.</span></a>`
	);
	expect(breakNamesInHtml('<code>info_request_id</code>')).toBe(
		'<code><span class="name-words">info_<wbr>request_<wbr>id</span></code>'
	);
});

test('attributes, scripts, preformatted text and form text are kept byte for byte', () => {
	const kept = [
		'<a href="/models/CreateOrUpdateAuthSessionStart/" title="CreateOrUpdateAuthSessionStart">x</a>',
		'<script>const CreateOrUpdate = "a<b";</script>',
		'<style>.CreateOrUpdate{}</style>',
		'<pre><code>CreateOrUpdateAuthSessionStart</code></pre>',
		'<textarea>{"operationId": 1}</textarea>',
		'<select><option>CreateOrUpdateAuthSessionStart</option></select>',
		'<p>No names here: status, JSON, SDK &amp; e.g. a &lt; b.</p>',
		'<!-- CreateOrUpdateAuthSessionStart -->',
	];
	for (const html of kept) expect(breakNamesInHtml(html)).toBe(html);
});

test('text around a name keeps its characters, re-escaped where it needs to be', () => {
	expect(breakNamesInHtml('<p>a &lt; b &amp; info_request_id&nbsp;&gt; c</p>')).toBe(
		'<p>a &lt; b &amp; <span class="name-words">info_<wbr>request_<wbr>id</span>\u00a0&gt; c</p>'
	);
});

test('several names in one text, each wrapped on its own; short words stay as they are', () => {
	expect(breakNamesInHtml('<td>CreateOrUpdateAuthSessionStartStatus.Started, operationId or requested_more_info in TypeScript</td>')).toBe(
		'<td><span class="name-words">Create<wbr>Or<wbr>Update<wbr>Auth<wbr>Session<wbr>Start<wbr>Status.<wbr>Started</span>, operationId or <span class="name-words">requested_<wbr>more_<wbr>info</span> in TypeScript</td>'
	);
});
