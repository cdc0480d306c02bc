import * as z from 'zod/v3';

/**
 * How one object's keys are spelled on each side of the SDK: `sdk` is the TypeScript type the
 * SDK hands you (`infoRequestId`), `wire` is the JSON on the wire (`info_request_id`).
 */
export interface WireNames {
	/** Which side this schema reads: `wire` for an inbound schema (JSON in), `sdk` for an outbound one. */
	side: 'wire' | 'sdk';
	/** Each key of this side whose name differs on the other side -> that other name. */
	counterpart: Readonly<Record<string, string>>;
}

const known = new WeakMap<z.ZodTypeAny, WireNames>();

/** The key renames a schema built by `renamedObject` applies, if it is one. */
export function wireNamesOf(schema: z.ZodTypeAny): WireNames | undefined {
	return known.get(schema);
}

/** The SDK's `remap$`: the same object with some keys renamed, other keys kept as they are. */
function remap(value: Record<string, unknown>, names: Readonly<Record<string, string>>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [names[key] ?? key, item]));
}

/**
 * An object whose JSON keys differ from the SDK's, built as the SDK builds it: the inbound schema
 * reads the wire keys and renames them to the SDK's (`z.object(...).transform(remap)`), the
 * outbound schema reads the SDK's keys and renames them to the wire's. Both stay plain,
 * non-strict `z.object`s, so unknown keys are accepted and dropped, as in the SDK.
 */
export function renamedObject<Shape extends z.ZodRawShape>(
	shape: Shape,
	wireName: Partial<Record<keyof Shape & string, string>>
) {
	// Without a prototype, so a reader's "__proto__" or "constructor" key finds no name here.
	const toWire: Record<string, string> = Object.assign(Object.create(null), wireName);
	const toSdk: Record<string, string> = Object.assign(
		Object.create(null),
		Object.fromEntries(Object.entries(toWire).map(([sdk, wire]) => [wire, sdk]))
	);
	const wireShape = Object.fromEntries(Object.entries(shape).map(([key, field]) => [toWire[key] ?? key, field]));
	type Sdk = z.output<z.ZodObject<Shape>>;
	const inbound = z
		.object(wireShape)
		.transform((value) => remap(value, toSdk) as Sdk);
	const outbound = z
		.object(shape)
		.transform((value) => remap(value, toWire));
	known.set(inbound, { side: 'wire', counterpart: toSdk });
	known.set(outbound, { side: 'sdk', counterpart: toWire });
	return { inbound, outbound };
}
