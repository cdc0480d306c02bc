import * as z from 'zod/v3';
import { findModelBySchema, type ModelEntry } from '../schemas/registry';
import { enumMembers } from '../validation/enumMembers';
import { chooseUnionMember } from '../validation/unionMember';
import { unwrapSchema } from '../validation/unwrapSchema';
import { toWireValue } from './toWireValue';

export interface PlaygroundExample {
	id: string;
	label: string;
	/** The example as JSON text (the wire form); TypeScript mode converts it. */
	text: string;
}

type ExampleModel = Pick<ModelEntry, 'schema' | 'sdkSchema' | 'examples'>;

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** "started" -> "Started": the near miss readers make most. */
const wrongCase = (value: string) =>
	value.charAt(0).toUpperCase() === value.charAt(0)
		? value.charAt(0).toLowerCase() + value.slice(1)
		: value.charAt(0).toUpperCase() + value.slice(1);

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object schema that describes `value`: through a union, the member the value is. */
function objectSchemaFor(schema: z.ZodTypeAny, value: unknown): z.AnyZodObject | undefined {
	let { inner } = unwrapSchema(schema);
	if (inner instanceof z.ZodUnion) {
		const choice = chooseUnionMember(inner, value);
		if (choice.kind !== 'member') return undefined;
		inner = unwrapSchema(choice.schema).inner;
	}
	return inner instanceof z.ZodObject ? inner : undefined;
}

/** The first key (depth first, top level first) whose value is one of an enum's members: the wrong-case target. */
function enumPath(schema: z.ZodTypeAny, value: unknown, path: string[] = []): string[] | undefined {
	const object = objectSchemaFor(schema, value);
	if (!object || !isObject(value)) return undefined;
	const shape = object.shape as z.ZodRawShape;
	const keys = Object.keys(value).filter((key) => shape[key]);
	const direct = keys.find((key) => enumMembers(unwrapSchema(shape[key]!).inner).length > 0 && typeof value[key] === 'string');
	if (direct) return [...path, direct];
	for (const key of keys) {
		const nested = enumPath(shape[key]!, value[key], [...path, key]);
		if (nested) return nested;
	}
	return undefined;
}

function withAt(value: unknown, path: string[], change: (old: unknown) => unknown): unknown {
	if (path.length === 0) return change(value);
	const [head, ...rest] = path;
	const object = value as JsonObject;
	return { ...object, [head!]: withAt(object[head!], rest, change) };
}

/** How a valid example is named in the menu: the union member it is, or the value itself when short. */
function validLabel(model: ExampleModel, value: unknown, index: number): string {
	const { inner } = unwrapSchema(model.schema);
	if (inner instanceof z.ZodUnion) {
		const choice = chooseUnionMember(inner, value);
		const member = choice.kind === 'member' ? findModelBySchema(choice.schema) : undefined;
		if (member) return `Valid: ${member.name}`;
	}
	if (index === 0) return 'Valid: the documented example';
	const compact = JSON.stringify(value);
	return compact.length <= 40 ? `Valid: ${compact}` : `Valid: example ${index + 1}`;
}

/**
 * The examples menu of a model's playground: its valid examples, then the typical mistakes, each
 * derived from the richest example and the schema, so every registered model gets a meaningful
 * menu: a wrong-case enum value (a union's tag included), a missing key, a wrong type, a wrong-case
 * key, a key renamed on the wire written with its SDK name, an unknown key, a syntax error.
 */
export function playgroundExamples(model: ExampleModel): PlaygroundExample[] {
	const wire = model.examples.map((example) => toWireValue(model, example));
	const examples: PlaygroundExample[] = wire.map((value, index) => ({
		id: index === 0 ? 'valid' : `valid-${index + 1}`,
		label: validLabel(model, value, index),
		text: pretty(value),
	}));
	const richest = wire.reduce<unknown>(
		(best, value) => (isObject(value) && (!isObject(best) || Object.keys(value).length > Object.keys(best).length) ? value : best),
		wire[0]
	);
	const object = objectSchemaFor(model.schema, richest);

	if (object && isObject(richest)) {
		const value = richest;
		const shape = object.shape as z.ZodRawShape;
		const keys = Object.keys(value).filter((key) => shape[key]);
		const target = enumPath(model.schema, value);
		if (target) {
			examples.push({
				id: 'wrong-case',
				label: `Mistake: wrong case in "${target.join('.')}"`,
				text: pretty(withAt(value, target, (old) => wrongCase(old as string))),
			});
		}
		const required = keys.filter((key) => !shape[key]!.isOptional());
		const missing = required.at(-1);
		if (missing) {
			const { [missing]: _dropped, ...rest } = value;
			examples.push({ id: 'missing-key', label: `Mistake: "${missing}" missing`, text: pretty(rest) });
		}
		const stringKey = keys.find((key) => unwrapSchema(shape[key]!).inner instanceof z.ZodString);
		if (stringKey) {
			examples.push({ id: 'wrong-type', label: `Mistake: "${stringKey}" is a number`, text: pretty({ ...value, [stringKey]: 42 }) });
		}
		const renamed = Object.entries(unwrapSchema(model.schema).wireNames?.counterpart ?? {}).find(([key]) => key in value);
		if (renamed) {
			const [wireKey, sdkKey] = renamed;
			const text = pretty(Object.fromEntries(Object.entries(value).map(([key, item]) => [key === wireKey ? sdkKey : key, item])));
			examples.push({ id: 'sdk-name', label: `Mistake: the SDK name "${sdkKey}" in JSON`, text });
		}
		const caseKey = required[0];
		if (caseKey && wrongCase(caseKey) !== caseKey) {
			const text = pretty(Object.fromEntries(Object.entries(value).map(([key, item]) => [key === caseKey ? wrongCase(key) : key, item])));
			examples.push({ id: 'key-case', label: `Mistake: key "${wrongCase(caseKey)}"`, text });
		}
		examples.push({ id: 'unknown-key', label: 'Warning: an unknown property', text: pretty({ ...value, note: 'not in the model' }) });
		if (Object.keys(value).length > 0) {
			examples.push({ id: 'syntax-error', label: 'Mistake: trailing comma (syntax)', text: pretty(value).replace(/\n}\n$/, ',\n}\n') });
		}
	} else if (typeof wire[0] === 'string') {
		examples.push({ id: 'wrong-case', label: 'Mistake: wrong case', text: pretty(wrongCase(wire[0])) });
		examples.push({ id: 'wrong-type', label: 'Mistake: a number', text: pretty(42) });
		examples.push({ id: 'syntax-error', label: 'Mistake: single quotes (syntax)', text: `'${wire[0]}'\n` });
	} else {
		examples.push({ id: 'wrong-type', label: 'Mistake: a string', text: pretty('text') });
		examples.push({ id: 'syntax-error', label: 'Mistake: trailing comma (syntax)', text: '[1, 2,]\n' });
	}
	return examples;
}
