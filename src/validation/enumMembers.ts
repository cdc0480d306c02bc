import * as z from 'zod/v3';

export interface EnumMember {
	/** The value as it travels in JSON. */
	value: string | number;
	/** The key of the SDK's constant object (`Started` in `Status.Started`), for native enums. */
	key?: string;
}

/** The members an enum accepts, in declaration order; empty for a schema that is not an enum. */
export function enumMembers(schema: z.ZodTypeAny): EnumMember[] {
	if (schema instanceof z.ZodEnum) {
		return (schema.options as string[]).map((value) => ({ value }));
	}
	if (schema instanceof z.ZodNativeEnum) {
		const object = schema.enum as Record<string, string | number>;
		// A TypeScript numeric enum also maps each value back to its key: skip those reverse entries.
		return Object.keys(object)
			.filter((key) => typeof object[object[key] as string] !== 'number')
			.map((key) => ({ key, value: object[key] as string | number }));
	}
	return [];
}
