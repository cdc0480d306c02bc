import type { ModelEntry } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { validateSource, type ValidateOptions, type Verdict } from './validate';

/**
 * TypeScript mode: the value of an "Example Usage" snippet, read as a literal (never executed),
 * checked by the same engine and Zod schema as JSON, with ranges in the TypeScript text.
 * Its own module so JSON-mode readers never download it.
 */
export function validateTypeScript(
	text: string,
	model: Pick<ModelEntry, 'schema' | 'name'>,
	options: ValidateOptions = {}
): Verdict {
	return validateSource(text, model, options, (source) => readTypeScript(source, { modelName: model.name }));
}
