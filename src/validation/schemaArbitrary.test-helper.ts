import fc from 'fast-check';
import * as z from 'zod/v3';
import { enumMembers } from './enumMembers';
import { unwrapSchema } from './unwrapSchema';

/** "started" -> "Started", " started", "STARTED", "startd": the near misses readers make. */
const nearMisses = (value: string) => [value.charAt(0).toUpperCase() + value.slice(1), ` ${value}`, value.toUpperCase(), value.slice(0, -1)];

/**
 * Values generated from a Zod schema: mostly valid ones, with near misses mixed in at every level
 * (a wrong-case enum value, a missing or misspelt key, an unknown key, a wrong type, null), so
 * property tests see the values a reader really writes, for every registered model alike.
 */
export function schemaValue(schema: z.ZodTypeAny, depth = 0): fc.Arbitrary<unknown> {
	const { inner, optional, nullable } = unwrapSchema(schema);
	const base = exact(inner, depth);
	const extras: fc.Arbitrary<unknown>[] = [fc.jsonValue({ maxDepth: 1 })];
	if (nullable || optional) extras.push(fc.constant(null));
	return fc.oneof({ arbitrary: base, weight: 6 }, { arbitrary: fc.oneof(...extras), weight: 1 });
}

function exact(inner: z.ZodTypeAny, depth: number): fc.Arbitrary<unknown> {
	const members = enumMembers(inner);
	if (members.length > 0) {
		const values = members.map((member) => member.value);
		const strings = values.filter((value): value is string => typeof value === 'string');
		return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, { arbitrary: fc.constantFrom(...strings.flatMap(nearMisses), ''), weight: 1 });
	}
	if (inner instanceof z.ZodString) return fc.string({ maxLength: 8 });
	if (inner instanceof z.ZodNumber) return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
	if (inner instanceof z.ZodBoolean) return fc.boolean();
	if (inner instanceof z.ZodAny || inner instanceof z.ZodUnknown) return fc.jsonValue({ maxDepth: 2 });
	if (inner instanceof z.ZodArray) return depth > 3 ? fc.constant([]) : fc.array(schemaValue(inner.element, depth + 1), { maxLength: 3 });
	if (inner instanceof z.ZodRecord) return depth > 3 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 4 }), schemaValue(inner.valueSchema, depth + 1), { maxKeys: 3 });
	if (inner instanceof z.ZodUnion) return fc.oneof(...(inner.options as z.ZodTypeAny[]).map((member) => schemaValue(member, depth + 1)));
	if (inner instanceof z.ZodObject) {
		const shape = inner.shape as z.ZodRawShape;
		const keys = Object.keys(shape);
		const record = fc.record(Object.fromEntries(keys.map((key) => [key, schemaValue(shape[key]!, depth + 1)])), {
			requiredKeys: keys.filter((key) => !shape[key]!.isOptional()),
		});
		const mutated = fc.tuple(record, fc.constantFrom(...keys, 'extra'), fc.nat(3), fc.jsonValue({ maxDepth: 1 })).map(([value, key, how, junk]) => {
			const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
			if (how === 0) delete copy[key];
			else if (how === 1 && key in copy) {
				copy[key.charAt(0).toUpperCase() + key.slice(1)] = copy[key];
				delete copy[key];
			} else copy[key] = junk;
			return copy;
		});
		return fc.oneof({ arbitrary: record, weight: 3 }, { arbitrary: mutated, weight: 2 });
	}
	return fc.jsonValue({ maxDepth: 2 });
}
