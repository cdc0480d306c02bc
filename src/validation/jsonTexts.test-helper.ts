import fc from 'fast-check';

/**
 * JSON texts written piece by piece, so they hold what `JSON.stringify` never writes: repeated
 * keys (at any depth, with nested values in the copies JSON.parse throws away), keys spelt with
 * escapes (`"\u0061"` is `"a"`), `__proto__`, `:` and brackets inside strings, lone surrogates,
 * odd numbers, any whitespace, and deep nesting. Shared by the property tests of the fast reading
 * of JSON (`lazyJsonTree`, `readJson`) and of the engine.
 */
const gap = fc.constantFrom('', ' ', '\n', '\r\n\t', '  \n    ');
const keyText = fc.oneof(
	{ arbitrary: fc.constantFrom('"a"', '"b"', '"a"', '"status"', '"operationId"', '"__proto__"', '"constructor"', '""', '"\\u0061"', '"st\\u0061tus"', '"a:b"', '"x\\"y"', '"\\ud800"', '"\ud800"', '"[{"'), weight: 4 },
	{ arbitrary: fc.string({ maxLength: 6 }).map((key) => JSON.stringify(key)), weight: 1 }
);
const scalarText = fc.oneof(
	fc.constantFrom('0', '-0', '1e400', '-1.5E-3', '123456789012345678901234567890', 'true', 'false', 'null', '"x:y"', '"}"', '"\\\\"', '"\\""', '"\ud83d"', '"é"'),
	fc.jsonValue({ maxDepth: 0 }).map((value) => JSON.stringify(value)),
	fc.string({ maxLength: 40 }).map((value) => JSON.stringify(value))
);

export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
	value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarText, tie('object'), tie('array')),
	object: fc
		.tuple(fc.array(fc.tuple(gap, keyText, gap, gap, tie('value'), gap), { maxLength: 6 }), gap)
		.map(([members, end]) => `{${members.map(([a, key, b, c, value, d]) => `${a}${key}${b}:${c}${value}${d}`).join(',')}${end}}`),
	array: fc
		.tuple(fc.array(fc.tuple(gap, tie('value'), gap), { maxLength: 6 }), gap)
		.map(([items, end]) => `[${items.map(([a, value, b]) => `${a}${value}${b}`).join(',')}${end}]`),
})).value.chain((text) => fc.tuple(gap, gap).map(([before, after]) => `${before}${text}${after}`));

/** `depth` objects and arrays, one inside the other, around `inner`. */
export function deeplyNested(depth: number, inner = '1'): string {
	return `${'{"a":['.repeat(depth)}${inner}${']}'.repeat(depth)}`;
}
