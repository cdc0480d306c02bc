/**
 * Everything TypeScript mode needs, in one chunk loaded only when a reader switches to it (or
 * opens a TypeScript share link): JSON-mode readers download none of it.
 */
import { exampleSnippet } from '../lib/exampleSnippet';
import { toTypeScriptLiteral } from '../lib/toTypeScriptLiteral';
import type { ModelEntry } from '../schemas/registry';
import { parseJson } from '../validation/parseJson';
import { readTypeScript } from '../validation/readTypeScript';
import { renameKeys } from '../validation/renameKeys';
import { typeScriptReadOptions } from '../validation/typeScriptReadOptions';
import { validateTypeScript } from '../validation/validateTypeScript';

export { validateTypeScript };

type Model = Pick<ModelEntry, 'name' | 'importPath' | 'schema' | 'sdkSchema'>;

/**
 * JSON text as the SDK docs' Example Usage, keys renamed to the SDK's names (`info_request_id` ->
 * `infoRequestId`); undefined when the JSON does not parse.
 */
export function jsonToTypeScript(text: string, model: Model): string | undefined {
	if (!parseJson(text).ok) return undefined;
	return exampleSnippet(model, renameKeys(JSON.parse(text), model.schema));
}

/** The snippet's value when every part of it is a literal (nothing computed, nothing wrong). */
function readLiteral(text: string, model: Model) {
	const read = readTypeScript(text, typeScriptReadOptions(model.name));
	return 'value' in read && !read.notChecked?.length ? read : undefined;
}

/**
 * The value of a TypeScript snippet as pretty JSON, keys renamed to their wire names; undefined
 * when it cannot be read as a literal (code around the value is left behind).
 */
export function typeScriptToJson(text: string, model: Model): string | undefined {
	const read = readLiteral(text, model);
	return read && `${JSON.stringify(renameKeys(read.value, model.sdkSchema), null, 2)}\n`;
}

/**
 * Rewrites a readable snippet in the docs' style (comments are not kept); with code around the
 * value (an SDK call, `async function run()`), only the value is rewritten, in place, at its
 * indentation. Undefined when the value cannot be read as a literal.
 */
export function formatTypeScript(text: string, model: Model): string | undefined {
	const read = readLiteral(text, model);
	// The printer writes JSON values (SDK constants become their strings, as in the docs' own
	// examples); `undefined`, `NaN` or `Infinity` would change, so those values are left as written.
	if (!read || !isJson(read.value)) return undefined;
	if (read.onlyValue) return exampleSnippet(model, read.value);
	const { start, end } = read.valueSpan;
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
	const literal = toTypeScriptLiteral(read.value).replaceAll('\n', `\n${indent}`);
	return text.slice(0, start) + literal + text.slice(end);
}

function isJson(value: unknown): boolean {
	if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return false;
	if (typeof value !== 'object' || value === null) return true;
	return Object.values(value).every(isJson);
}
