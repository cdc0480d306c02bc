import type { JsonPath } from '../validation/pathText';

export type JsonSchemaNode = {
	type?: string | string[];
	description?: string;
	enum?: unknown[];
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	items?: JsonSchemaNode;
	additionalProperties?: boolean | JsonSchemaNode;
	anyOf?: JsonSchemaNode[];
	default?: unknown;
};

/**
 * A union (`anyOf`) seen as one node, for completion and hover: the keys of every member (the
 * first description wins), the values of every member's enum, the types of all. What is required
 * is only what every member requires.
 */
function merged(node: JsonSchemaNode): JsonSchemaNode {
	if (!node.anyOf) return node;
	const members = node.anyOf.map(merged);
	const properties: Record<string, JsonSchemaNode> = {};
	const enums: unknown[] = [];
	const types = new Set<string>();
	for (const member of members) {
		for (const [key, value] of Object.entries(member.properties ?? {})) {
			const known = properties[key];
			properties[key] = known ? merged({ anyOf: [known, value], ...(known.description && { description: known.description }) }) : value;
		}
		for (const value of member.enum ?? []) if (!enums.includes(value)) enums.push(value);
		for (const type of Array.isArray(member.type) ? member.type : member.type ? [member.type] : []) types.add(type);
	}
	const required = members.every((member) => member.required)
		? members[0]!.required!.filter((key) => members.every((member) => member.required!.includes(key)))
		: undefined;
	const objects = members.filter((member) => member.type === 'object');
	return {
		...(node.description && { description: node.description }),
		...(types.size > 0 && { type: types.size === 1 ? [...types][0]! : [...types] }),
		...(Object.keys(properties).length > 0 && { properties }),
		...(required && { required }),
		...(enums.length > 0 && members.every((member) => member.enum) && { enum: enums }),
		...(members.some((member) => member.items) && { items: members.find((member) => member.items)!.items! }),
		...(objects.some((member) => typeof member.additionalProperties === 'object') && {
			additionalProperties: objects.find((member) => typeof member.additionalProperties === 'object')!.additionalProperties,
		}),
		anyOf: node.anyOf,
	};
}

/** The part of a JSON Schema that describes the value at `path`, if the schema says. */
export function schemaAt(schema: JsonSchemaNode, path: JsonPath): JsonSchemaNode | undefined {
	let node: JsonSchemaNode | undefined = merged(schema);
	for (const segment of path) {
		if (!node) return undefined;
		node = merged(node);
		if (typeof segment === 'number') node = node.items;
		else if (node.properties && Object.hasOwn(node.properties, segment)) node = node.properties[segment];
		else node = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
	}
	return node && merged(node);
}

/**
 * A union object node narrowed to the members that the values already written allow: a member
 * whose property (its tag, `status` or `requestType`) only takes other values is left out. When
 * the values allow every member, or none (a typo in the tag), the node is returned as it was.
 */
export function narrowUnion(node: JsonSchemaNode, values: ReadonlyMap<string, unknown>): JsonSchemaNode {
	if (!node.anyOf || values.size === 0) return node;
	const members = node.anyOf.map(merged);
	const kept = members.filter((member) =>
		[...values].every(([key, value]) => {
			const property = member.properties && Object.hasOwn(member.properties, key) ? merged(member.properties[key]!) : undefined;
			return !property?.enum || property.enum.includes(value);
		})
	);
	if (kept.length === 0 || kept.length === members.length) return node;
	return merged({ anyOf: kept, ...(node.description && { description: node.description }) });
}

/** A short type label for a schema node: `string`, `"started"`, `object`, `string | null`. */
export function schemaTypeLabel(node: JsonSchemaNode): string {
	if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
	if (node.anyOf) return node.anyOf.map(schemaTypeLabel).join(' | ');
	if (Array.isArray(node.type)) return node.type.join(' | ');
	return node.type ?? 'any';
}
