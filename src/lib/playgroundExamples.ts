import * as z from 'zod/v3';
import type { ModelEntry } from '../schemas/registry';
import { enumMembers } from './enumMembers';

export interface PlaygroundExample {
	id: string;
	label: string;
	text: string;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** "started" -> "Started": the near miss readers make most. */
const wrongCase = (value: string) =>
	value.charAt(0).toUpperCase() === value.charAt(0)
		? value.charAt(0).toLowerCase() + value.slice(1)
		: value.charAt(0).toUpperCase() + value.slice(1);

/**
 * The examples menu of a model's playground: its valid example, then the typical mistakes, each
 * derived from that example and the schema so every registered model gets a meaningful menu.
 */
export function playgroundExamples(model: Pick<ModelEntry, 'schema' | 'examples'>): PlaygroundExample[] {
	const example = model.examples[0];
	const examples: PlaygroundExample[] = [{ id: 'valid', label: 'Valid: the documented example', text: pretty(example) }];
	const schema = model.schema;

	if (schema instanceof z.ZodObject && example && typeof example === 'object' && !Array.isArray(example)) {
		const value = example as Record<string, unknown>;
		const shape = schema.shape as z.ZodRawShape;
		const keys = Object.keys(value);
		const enumKey = keys.find((key) => shape[key] && enumMembers(shape[key]).length > 0 && typeof value[key] === 'string');
		if (enumKey) {
			examples.push({
				id: 'wrong-case',
				label: `Mistake: wrong case in "${enumKey}"`,
				text: pretty({ ...value, [enumKey]: wrongCase(value[enumKey] as string) }),
			});
		}
		const required = keys.filter((key) => shape[key] && !shape[key].isOptional());
		const missing = required.at(-1);
		if (missing) {
			const { [missing]: _dropped, ...rest } = value;
			examples.push({ id: 'missing-key', label: `Mistake: "${missing}" missing`, text: pretty(rest) });
		}
		const stringKey = keys.find((key) => shape[key] instanceof z.ZodString);
		if (stringKey) {
			examples.push({ id: 'wrong-type', label: `Mistake: "${stringKey}" is a number`, text: pretty({ ...value, [stringKey]: 42 }) });
		}
		examples.push({ id: 'unknown-key', label: 'Warning: an unknown property', text: pretty({ ...value, note: 'not in the model' }) });
		examples.push({
			id: 'syntax-error',
			label: 'Mistake: trailing comma (syntax)',
			text: pretty(value).replace(/\n}\n$/, ',\n}\n'),
		});
	} else if (typeof example === 'string') {
		examples.push({ id: 'wrong-case', label: 'Mistake: wrong case', text: pretty(wrongCase(example)) });
		examples.push({ id: 'wrong-type', label: 'Mistake: a number', text: pretty(42) });
		examples.push({ id: 'syntax-error', label: 'Mistake: single quotes (syntax)', text: `'${example}'\n` });
	}
	return examples;
}
