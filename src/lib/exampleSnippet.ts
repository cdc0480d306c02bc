import type { ModelEntry } from '../schemas/registry';
import { toTypeScriptLiteral } from './toTypeScriptLiteral';

/** The "Example Usage" snippet of the SDK's docs: import the type, annotate a value with it. */
export function exampleSnippet(
	model: Pick<ModelEntry, 'name' | 'importPath'>,
	value: unknown
): string {
	return [
		`import { ${model.name} } from ${JSON.stringify(model.importPath)};`,
		'',
		`let value: ${model.name} = ${toTypeScriptLiteral(value)};`,
		'',
	].join('\n');
}
