import * as z from 'zod/v3';
import { enumMembers } from '../validation/enumMembers';
import { unwrapSchema } from '../validation/unwrapSchema';

/** One piece of a rendered type: plain text, or a link to another documented model's page. */
export interface TypePart {
	text: string;
	href?: string;
}

export interface FieldRow {
	/** Dotted path for nested object fields (`address.city`), the key itself at the top level: SDK names. */
	name: string;
	/** The key's name in JSON on the wire, where it differs from the SDK's (`info_request_id`). */
	wireName?: string;
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
	/** For the members of a linked union only (internal): how they are linked. */
	memberLinkFor?: FieldRowsOptions['linkFor'];
}

/**
 * The Fields table of an object model, one row per key, nested objects flattened with dotted names.
 * Pass the SDK-side schema (`sdkSchema`): rows are named as the SDK's type names them, and a key
 * renamed on the wire carries its wire name.
 */
export function fieldRows(schema: z.ZodTypeAny, options: FieldRowsOptions = {}): FieldRow[] {
	const { inner, wireNames } = unwrapSchema(schema);
	if (!(inner instanceof z.ZodObject)) return [];
	const wireName = wireNames?.side === 'sdk' ? wireNames.counterpart : {};
	return objectRows(inner, '', 0, options, wireName);
}

function objectRows(
	object: z.AnyZodObject,
	prefix: string,
	depth: number,
	options: FieldRowsOptions,
	wireName: Readonly<Record<string, string>>
): FieldRow[] {
	const rows: FieldRow[] = [];
	for (const [key, field] of Object.entries(object.shape as z.ZodRawShape)) {
		const { inner, optional, defaultValue, description, wireNames } = unwrapSchema(field);
		const name = prefix + key;
		rows.push({
			name,
			...(wireName[key] !== undefined && { wireName: wireName[key] }),
			depth,
			type: typeParts(field, options),
			required: !optional,
			...(description !== undefined && { description }),
			...(defaultValue !== undefined && { defaultValue: JSON.stringify(defaultValue.value) }),
		});
		if (inner instanceof z.ZodObject && !options.linkFor?.(field) && !options.linkFor?.(inner)) {
			const nested = wireNames?.side === 'sdk' ? wireNames.counterpart : {};
			rows.push(...objectRows(inner, `${name}.`, depth + 1, options, nested));
		}
	}
	return rows;
}

/**
 * How a type reads in the tables, as the SDK's TypeScript writes it: `string`, `"a" | "b"`,
 * `string[]`, `{ [k: string]: any }`, a documented model's name (linked).
 */
export function typeParts(schema: z.ZodTypeAny, options: FieldRowsOptions = {}): TypePart[] {
	const linked = options.linkFor?.(schema);
	if (linked) {
		// A documented union also names its members, each linked: `Details (Otp | MultipleChoice)`.
		const { inner } = unwrapSchema(schema);
		if (!(inner instanceof z.ZodUnion)) return [{ text: linked.name, href: linked.href }];
		return [{ text: linked.name, href: linked.href }, { text: ' (' }, ...typeParts(inner, { ...options, linkFor: undefined, memberLinkFor: options.linkFor }), { text: ')' }];
	}

	const { inner, nullable } = unwrapSchema(schema);
	if (inner !== schema) {
		const parts = typeParts(inner, options);
		return nullable ? [...parts, { text: ' | null' }] : parts;
	}
	if (schema instanceof z.ZodString) return text('string');
	if (schema instanceof z.ZodNumber) return text(schema.isInt ? 'integer' : 'number');
	if (schema instanceof z.ZodBoolean) return text('boolean');
	if (schema instanceof z.ZodNull) return text('null');
	if (schema instanceof z.ZodAny) return text('any');
	if (schema instanceof z.ZodLiteral) return text(JSON.stringify(schema.value));
	if (schema instanceof z.ZodEnum || schema instanceof z.ZodNativeEnum) {
		return text(
			enumMembers(schema)
				.map((member) => JSON.stringify(member.value))
				.join(' | ')
		);
	}
	if (schema instanceof z.ZodArray) {
		const element = typeParts(schema.element, options);
		return element.length === 1 ? [...element, { text: '[]' }] : [{ text: 'Array<' }, ...element, { text: '>' }];
	}
	if (schema instanceof z.ZodRecord) {
		return [{ text: '{ [k: ' }, ...typeParts(schema.keySchema, options), { text: ']: ' }, ...typeParts(schema.valueSchema, options), { text: ' }' }];
	}
	if (schema instanceof z.ZodObject) return text('object');
	if (schema instanceof z.ZodUnion) {
		const members = schema.options as z.ZodTypeAny[];
		const memberOptions = options.memberLinkFor ? { linkFor: options.memberLinkFor } : options;
		return members.flatMap((member, index) => [...(index > 0 ? [{ text: ' | ' }] : []), ...typeParts(member, memberOptions)]);
	}
	return text('unknown');
}

/** One entry of a union page's "Supported Types": a documented model (linked) or a type described in place. */
export interface SupportedType {
	type: TypePart[];
	/** The model's description, or what the type accepts when it is not a documented model. */
	description: string;
	/** True when the member is a documented model with a page of its own. */
	documented: boolean;
}

/** The members of a union, in the order the SDK tries them; empty for a schema that is not a union. */
export function supportedTypes(
	schema: z.ZodTypeAny,
	options: FieldRowsOptions & { descriptionOf?: (schema: z.ZodTypeAny) => string | undefined } = {}
): SupportedType[] {
	const { inner } = unwrapSchema(schema);
	if (!(inner instanceof z.ZodUnion)) return [];
	return (inner.options as z.ZodTypeAny[]).map((member) => {
		const documented = options.linkFor?.(member) !== undefined;
		return {
			type: typeParts(member, options),
			description: (documented && options.descriptionOf?.(member)) || acceptsText(member),
			documented,
		};
	});
}

/** What a type that is not a documented model accepts, in words, from its schema. */
function acceptsText(schema: z.ZodTypeAny): string {
	const { inner } = unwrapSchema(schema);
	const plain = (parts: TypePart[]) => parts.map((part) => part.text).join('');
	if (inner instanceof z.ZodRecord) {
		const value = unwrapSchema(inner.valueSchema).inner;
		return value instanceof z.ZodAny
			? 'Any JSON object: every key is accepted, with a value of any type.'
			: `A JSON object whose every value is \`${plain(typeParts(inner.valueSchema))}\`.`;
	}
	if (inner instanceof z.ZodArray) {
		const element = unwrapSchema(inner.element).inner;
		return element instanceof z.ZodAny
			? 'Any JSON array: items of any type.'
			: `A JSON array whose every item is \`${plain(typeParts(inner.element))}\`.`;
	}
	return `A value of type \`${plain(typeParts(inner))}\`.`;
}

function text(value: string): TypePart[] {
	return [{ text: value }];
}
