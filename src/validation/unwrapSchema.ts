import * as z from 'zod/v3';
import { wireNamesOf, type WireNames } from '../schemas/wireNames';

export interface Unwrapped {
	/** The schema that says what the value holds: an object, a union, a string... */
	inner: z.ZodTypeAny;
	/** True when the key holding it may be left out (an optional or a default). */
	optional: boolean;
	/** True when `null` is accepted as well. */
	nullable: boolean;
	/** The default, when the schema fills one in. */
	defaultValue?: { value: unknown };
	/** The first description met on the way in (`.describe()` on the field wins). */
	description?: string;
	/** Key renames applied by a transform on the way (an object whose wire keys differ from the SDK's). */
	wireNames?: WireNames;
}

/**
 * Peels the wrappers that change whether a value may be absent or null, or what happens after it
 * is read (optional, nullable, default, a transform), down to what it holds. The one place every
 * schema walk (engine, field rows, renames) unwraps, so they cannot disagree.
 */
export function unwrapSchema(schema: z.ZodTypeAny): Unwrapped {
	let inner = schema;
	const result: Omit<Unwrapped, 'inner'> = { optional: false, nullable: false, description: schema.description };
	for (;;) {
		if (inner instanceof z.ZodOptional) {
			result.optional = true;
			inner = inner.unwrap();
		} else if (inner instanceof z.ZodNullable) {
			result.nullable = true;
			inner = inner.unwrap();
		} else if (inner instanceof z.ZodDefault) {
			result.optional = true;
			result.defaultValue ??= { value: inner._def.defaultValue() };
			inner = inner.removeDefault();
		} else if (inner instanceof z.ZodEffects) {
			result.wireNames ??= wireNamesOf(inner);
			inner = inner.innerType();
		} else {
			break;
		}
		result.description ??= inner.description;
	}
	return { inner, ...result };
}
