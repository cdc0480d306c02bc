import type { JsonNode, PropertyNode, Span } from './sourceTree';

type ObjectNode = Extract<JsonNode, { kind: 'object' }>;

/**
 * An object's properties, looked at one by one: the keys as a list, a property's node only when
 * asked for. The engine's walks look at every key of an object but make problems of few, and the
 * lazy tree (`lazyJsonTree`) then makes no node for the others.
 */
export interface ObjectMembers {
	readonly keys: readonly string[];
	property(index: number): PropertyNode;
	/** The `index`-th key's span (a new object each time). */
	keySpan(index: number): Span;
	/** Where the `index`-th key starts (its span's start, without making the span). */
	keyStart(index: number): number;
	/** Where the `index`-th key ends (its span's end, without making the span). */
	keyEnd(index: number): number;
	/** Where the `index`-th property's value ends. */
	valueEnd(index: number): number;
	/** Whether the `index`-th property's value is an object or an array. */
	holdsContainer(index: number): boolean;
}

/** The members of an object node: its own view when it has one (`members()`), else one over its properties. */
export function objectMembers(node: ObjectNode): ObjectMembers {
	const own = (node as ObjectNode & { members?: () => ObjectMembers }).members;
	if (own) return own.call(node);
	const { properties } = node;
	return {
		keys: properties.map((property) => property.key),
		property: (index) => properties[index]!,
		keySpan: (index) => {
			const { start, end } = properties[index]!.keySpan;
			return { start, end };
		},
		keyStart: (index) => properties[index]!.keySpan.start,
		keyEnd: (index) => properties[index]!.keySpan.end,
		valueEnd: (index) => properties[index]!.value.end,
		holdsContainer: (index) => {
			const { kind } = properties[index]!.value;
			return kind === 'object' || kind === 'array';
		},
	};
}
