import type { ModelEntry } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { typeScriptReadOptions } from './typeScriptReadOptions';
import { validateSource, type ValidateOptions, type Verdict } from './validate';

/**
 * TypeScript mode: the value of a snippet whose type is the model (see `readTypeScript`), read as
 * a literal (never executed), checked by the same engine against the SDK's TypeScript-side schema
 * (`sdkSchema`: SDK key names), with ranges in the TypeScript text. Its own module so JSON-mode
 * readers never download it.
 */
export function validateTypeScript(
	text: string,
	model: Pick<ModelEntry, 'sdkSchema' | 'name'>,
	options: ValidateOptions = {}
): Verdict {
	return validateSource(text, { schema: model.sdkSchema }, options, (source) =>
		readTypeScript(source, typeScriptReadOptions(model.name))
	);
}
