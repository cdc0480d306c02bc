/**
 * Everything TypeScript mode needs, in one chunk loaded only when a reader switches to it (or
 * opens a TypeScript share link): JSON-mode readers download none of it.
 */
import { exampleSnippet } from '../lib/exampleSnippet';
import type { ModelEntry } from '../schemas/registry';
import { parseJson } from '../validation/parseJson';
import { readTypeScript } from '../validation/readTypeScript';
import { renameKeys } from '../validation/renameKeys';
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

/**
 * The value of a TypeScript snippet as pretty JSON, keys renamed to their wire names; undefined
 * when it cannot be read as a literal.
 */
export function typeScriptToJson(text: string, model: Model): string | undefined {
	const read = readTypeScript(text, { modelName: model.name });
	return 'value' in read ? `${JSON.stringify(renameKeys(read.value, model.sdkSchema), null, 2)}\n` : undefined;
}

/** Rewrites a readable snippet in the docs' style (comments are not kept); undefined otherwise. */
export function formatTypeScript(text: string, model: Model): string | undefined {
	const read = readTypeScript(text, { modelName: model.name });
	return 'value' in read ? exampleSnippet(model, read.value) : undefined;
}
