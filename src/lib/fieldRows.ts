import * as z from 'zod/v3';
import { enumMembers } from './enumMembers';

/** One piece of a rendered type: plain text, or a link to another documented model's page. */
export interface TypePart {
	text: string;
	href?: string;
}

export interface FieldRow {
	/** Dotted path for nested object fields (`address.city`), the key itself at the top level. */
	name: string;
	/** Nesting depth: 0 for the model's own fields. */
	depth: number;
	type: TypePart[];
	required: boolean;
	description?: string;
	/** The default as JSON text, when the schema has one. */
	defaultValue?: string;
}

export interface FieldRowsOptions {
	/** Name and page of a documented model whose schema is this one, so its type becomes a link. */
	linkFor?: (schema: z.ZodTypeAny) => { name: string; href: string } | undefined;
}

/** The Fields table of an object model, one row per key, nested objects flattened with dotted names. */
export function fieldRows(schema: z.ZodTypeAny, options: FieldRowsOptions = {}): FieldRow[] {
	const object = unwrap(schema).inner;
	if (!(object instanceof z.ZodObject)) return [];
	return objectRows(object, '', 0, options);
}

function objectRows(
	object: z.AnyZodObject,
	prefix: string,
	depth: number,
	options: FieldRowsOptions
): FieldRow[] {
	const rows: FieldRow[] = [];
	for (const [key, field] of Object.entries(object.shape as z.ZodRawShape)) {
		const { inner, optional, defaultValue, description } = unwrap(field);
		const name = prefix + key;
		rows.push({
			name,
			depth,
			type: typeParts(field, options),
			required: !optional,
			...(description !== undefined && { description }),
			...(defaultValue !== undefined && { defaultValue }),
		});
		if (inner instanceof z.ZodObject && !options.linkFor?.(inner)) {
			rows.push(...objectRows(inner, `${name}.`, depth + 1, options));
		}
	}
	return rows;
}

interface Unwrapped {
	inner: z.ZodTypeAny;
	optional: boolean;
	defaultValue?: string;
	description?: string;
}

/** Peels the wrappers that change whether a key is required (optional, default), not what it holds. */
function unwrap(schema: z.ZodTypeAny): Unwrapped {
	let inner = schema;
	let optional = false;
	let defaultValue: string | undefined;
	let description = schema.description;
	for (;;) {
		if (inner instanceof z.ZodOptional) {
			optional = true;
			inner = inner.unwrap();
		} else if (inner instanceof z.ZodDefault) {
			optional = true;
			defaultValue = JSON.stringify(inner._def.defaultValue());
			inner = inner.removeDefault();
		} else {
			break;
		}
		description ??= inner.description;
	}
	return { inner, optional, defaultValue, description };
}

/** How a type reads in the table, e.g. `string`, `"a" | "b"`, `Status[]`, `Record<string, number>`. */
export function typeParts(schema: z.ZodTypeAny, options: FieldRowsOptions = {}): TypePart[] {
	const linked = options.linkFor?.(schema);
	if (linked) return [{ text: linked.name, href: linked.href }];

	if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
		return typeParts(unwrap(schema).inner, options);
	}
	if (schema instanceof z.ZodString) return text('string');
	if (schema instanceof z.ZodNumber) return text(schema.isInt ? 'integer' : 'number');
	if (schema instanceof z.ZodBoolean) return text('boolean');
	if (schema instanceof z.ZodNull) return text('null');
	if (schema instanceof z.ZodLiteral) return text(JSON.stringify(schema.value));
	if (schema instanceof z.ZodEnum || schema instanceof z.ZodNativeEnum) {
		return text(
			enumMembers(schema)
				.map((member) => JSON.stringify(member.value))
				.join(' | ')
		);
	}
	if (schema instanceof z.ZodNullable) {
		return [...typeParts(schema.unwrap(), options), { text: ' | null' }];
	}
	if (schema instanceof z.ZodArray) {
		const element = typeParts(schema.element, options);
		return element.length === 1 ? [...element, { text: '[]' }] : [{ text: 'Array<' }, ...element, { text: '>' }];
	}
	if (schema instanceof z.ZodRecord) {
		return [
			{ text: 'Record<' },
			...typeParts(schema.keySchema, options),
			{ text: ', ' },
			...typeParts(schema.valueSchema, options),
			{ text: '>' },
		];
	}
	if (schema instanceof z.ZodObject) return text('object');
	if (schema instanceof z.ZodUnion) {
		const options_ = schema.options as z.ZodTypeAny[];
		return options_.flatMap((option, index) => [
			...(index > 0 ? [{ text: ' | ' }] : []),
			...typeParts(option, options),
		]);
	}
	return text('unknown');
}

function text(value: string): TypePart[] {
	return [{ text: value }];
}
