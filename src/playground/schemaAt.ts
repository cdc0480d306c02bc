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

/** The part of a JSON Schema that describes the value at `path`, if the schema says. */
export function schemaAt(schema: JsonSchemaNode, path: JsonPath): JsonSchemaNode | undefined {
	let node: JsonSchemaNode | undefined = schema;
	for (const segment of path) {
		if (!node) return undefined;
		if (typeof segment === 'number') node = node.items;
		else if (node.properties && Object.hasOwn(node.properties, segment)) node = node.properties[segment];
		else node = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
	}
	return node;
}

/** A short type label for a schema node: `string`, `"started"`, `object`, `string | null`. */
export function schemaTypeLabel(node: JsonSchemaNode): string {
	if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
	if (node.anyOf) return node.anyOf.map(schemaTypeLabel).join(' | ');
	if (Array.isArray(node.type)) return node.type.join(' | ');
	return node.type ?? 'any';
}
