import * as z from 'zod/v3';
import { didYouMean } from './didYouMean';
import { enumMembers } from './enumMembers';
import { unwrapSchema } from './unwrapSchema';
import { zodIssues } from './zodIssues';

/** Which member of a union a value was meant to be, and how sure that is. */
export type UnionChoice =
	/** This member: the first that accepts the value (the SDK's rule), or the one the reader meant. */
	| { kind: 'member'; index: number; schema: z.ZodTypeAny }
	/**
	 * A tag key (a key that is one fixed value in each member, like `status`) holds a value no
	 * member has: one problem on that value. `suggestion` is a near miss of one member's tag.
	 */
	| {
			kind: 'tag_mismatch';
			key: string;
			allowed: (string | number)[];
			suggestion?: { value: string; index: number; schema: z.ZodTypeAny };
	  }
	/** The value is of a type no member accepts (a string for `object | array`). */
	| { kind: 'no_type'; expected: string[] };

/**
 * The member of `union` that `value` is (when valid) or was meant to be (when not):
 * 1. valid: the first member that accepts it, as `z.union` decides;
 * 2. an object with a tag key (`status`, `requestType`): the member whose tag it matches, or a
 *    `tag_mismatch` when it matches none;
 * 3. otherwise the member with the fewest issues, then the deepest (it got furthest), then the
 *    one that knows most of the value's keys.
 * Every answer comes from the members' own Zod `safeParse`: nothing here decides validity.
 */
export function chooseUnionMember(union: z.ZodUnion<z.ZodUnionOptions>, value: unknown): UnionChoice {
	const members: readonly z.ZodTypeAny[] = union.options;
	const results = members.map((member) => member.safeParse(value));
	const accepted = results.findIndex((result) => result.success);
	if (accepted >= 0) return member(members, accepted);

	let candidates = members.map((_, index) => index);
	if (isPlainObject(value)) {
		const tags = members.map(tagValues);
		const tagKeys = [...new Set(tags.flatMap((tag) => [...tag.keys()]))];
		for (const key of tagKeys) {
			if (!Object.hasOwn(value, key)) continue;
			const withKey = candidates.filter((index) => tags[index]!.has(key));
			if (withKey.length === 0) continue;
			const matching = withKey.filter((index) => tags[index]!.get(key) === value[key]);
			if (matching.length === 0) {
				const allowed = [...new Set(withKey.map((index) => tags[index]!.get(key)!))];
				const received = value[key];
				const near =
					typeof received === 'string'
						? didYouMean(received, allowed.filter((option): option is string => typeof option === 'string'))
						: undefined;
				const nearIndex = near === undefined ? -1 : withKey.find((index) => tags[index]!.get(key) === near)!;
				return {
					kind: 'tag_mismatch',
					key,
					allowed,
					...(near !== undefined && { suggestion: { value: near, index: nearIndex, schema: members[nearIndex]! } }),
				};
			}
			candidates = matching;
			if (candidates.length === 1) return member(members, candidates[0]!);
		}
	}

	const scored = candidates.map((index) => {
		const issues = zodIssues(results[index] as z.SafeParseError<unknown>);
		const wrongType = issues.length === 1 && issues[0]!.code === z.ZodIssueCode.invalid_type && issues[0]!.path.length === 0;
		return {
			index,
			wrongType,
			count: issues.length,
			depth: Math.max(...issues.map((issue) => issue.path.length)),
			known: knownKeys(members[index]!, value),
		};
	});
	const fitting = scored.filter((score) => !score.wrongType);
	if (fitting.length === 0) {
		return { kind: 'no_type', expected: [...new Set(candidates.map((index) => typeWord(members[index]!)))] };
	}
	fitting.sort((a, b) => a.count - b.count || b.depth - a.depth || b.known - a.known || a.index - b.index);
	return member(members, fitting[0]!.index);
}

function member(members: readonly z.ZodTypeAny[], index: number): UnionChoice {
	return { kind: 'member', index, schema: members[index]! };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys of an object member that hold one fixed value (a literal or a one-value enum), with that value. */
function tagValues(schema: z.ZodTypeAny): Map<string, string | number> {
	const tags = new Map<string, string | number>();
	const { inner } = unwrapSchema(schema);
	if (!(inner instanceof z.ZodObject)) return tags;
	for (const [key, field] of Object.entries(inner.shape as z.ZodRawShape)) {
		const fieldInner = unwrapSchema(field).inner;
		if (fieldInner instanceof z.ZodLiteral && (typeof fieldInner.value === 'string' || typeof fieldInner.value === 'number')) {
			tags.set(key, fieldInner.value);
		} else {
			const values = enumMembers(fieldInner);
			if (values.length === 1) tags.set(key, values[0]!.value);
		}
	}
	return tags;
}

function knownKeys(schema: z.ZodTypeAny, value: unknown): number {
	const { inner } = unwrapSchema(schema);
	if (!(inner instanceof z.ZodObject) || !isPlainObject(value)) return 0;
	const shape = inner.shape as z.ZodRawShape;
	return Object.keys(value).filter((key) => Object.hasOwn(shape, key)).length;
}

/** The kind of value a member takes, for "Expected an object or an array". */
function typeWord(schema: z.ZodTypeAny): string {
	const { inner } = unwrapSchema(schema);
	if (inner instanceof z.ZodObject || inner instanceof z.ZodRecord) return 'object';
	if (inner instanceof z.ZodArray || inner instanceof z.ZodTuple) return 'array';
	if (inner instanceof z.ZodString) return 'string';
	if (inner instanceof z.ZodNumber) return 'number';
	if (inner instanceof z.ZodBoolean) return 'boolean';
	if (inner instanceof z.ZodNull) return 'null';
	return 'value';
}
