import * as z from 'zod/v3';
import { chooseUnionMember } from './unionMember';
import { unwrapSchema } from './unwrapSchema';

/**
 * The same value with every key renamed to its name on the other side of the SDK: pass the
 * wire-side schema (`schema`) to get the SDK's TypeScript names, the SDK-side schema (`sdkSchema`)
 * to get the JSON's. Only keys the schema knows are renamed; everything else is kept as written,
 * valid or not, so switching the playground's mode never loses what the reader typed.
 */
export function renameKeys(value: unknown, schema: z.ZodTypeAny): unknown {
	const { inner, wireNames } = unwrapSchema(schema);
	if (inner instanceof z.ZodUnion) {
		const choice = chooseUnionMember(inner, value);
		const member = choice.kind === 'member' ? choice.schema : choice.kind === 'tag_mismatch' ? choice.suggestion?.schema : undefined;
		return member ? renameKeys(value, member) : value;
	}
	if (inner instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => renameKeys(item, inner.element));
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	if (inner instanceof z.ZodRecord) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renameKeys(item, inner.valueSchema)]));
	}
	if (!(inner instanceof z.ZodObject)) return value;
	const shape = inner.shape as z.ZodRawShape;
	// Object.fromEntries defines own properties, so a "__proto__" key stays a plain key.
	return Object.fromEntries(
		Object.entries(value).map(([key, item]) => {
			const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
			return [wireNames?.counterpart[key] ?? key, field ? renameKeys(item, field) : item];
		})
	);
}
