import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { payloads } from '../../scripts/bench/payloads.mjs';
import { getModel, models } from '../schemas/registry';
import { nearModelValue } from './arbitraries.test-helper';
import { deeplyNested, jsonText } from './jsonTexts.test-helper';
import { readTypeScript } from './readTypeScript';
import { schemaValue } from './schemaArbitrary.test-helper';
import { typeScriptReadOptions } from './typeScriptReadOptions';
import { unwrapSchema } from './unwrapSchema';
import { validate, type ValidateOptions } from './validate';
import { referenceValidate, referenceValidateSource } from './validate.reference.test-helper';
import { validateTypeScript } from './validateTypeScript';

/**
 * The engine was made faster; its verdicts must not change. These compare it, on the same inputs
 * and options, with the engine before the change (the reference helper), problem for problem.
 */

const seed = getModel('createorupdateauthsessionstart');

const tokens = ['{', '}', '[', ']', ',', ':', '"status"', '"operationId"', '"Status"', '"extra"', '"__proto__"', '"started"', '"a"', '"\\u00e9"', '"\\x"', '1', '-0.5e3', '01', 'true', 'null', ' ', '\n', '\r\n', "'", '/'];
/** JSON-like text: real tokens in any order, so most inputs are near-misses and some are JSON. */
const tokenSoup = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));

/** An object written key by key, so keys may repeat (JSON.parse keeps the last), nested values as text. */
function objectText(keys: string[], value: fc.Arbitrary<string>): fc.Arbitrary<string> {
	const key = fc.oneof(fc.constantFrom(...keys, 'extra', 'Status', '__proto__', 'constructor', ''), fc.string({ maxLength: 4 }));
	return fc
		.tuple(fc.array(fc.tuple(key, value), { maxLength: 12 }), fc.constantFrom(' ', '\n  ', '\r\n\t'))
		.map(([entries, gap]) => `{${entries.map(([name, text]) => `${gap}${JSON.stringify(name)}: ${text}`).join(',')}${gap}}`);
}
const leaf = fc.jsonValue({ maxDepth: 1 }).map((value) => JSON.stringify(value));

/** Serialised values of every model's schema (near misses included), in any indentation. */
function modelTexts(schema: Parameters<typeof schemaValue>[0]): fc.Arbitrary<string> {
	return fc
		.tuple(schemaValue(schema), fc.constantFrom(undefined, 2, '\t'), fc.constantFrom('\n', '\r\n'))
		.map(([value, indent, newline]) => (JSON.stringify(value, null, indent) ?? 'null').replaceAll('\n', newline));
}
/** A text cut short or with one character changed. */
const damage = (texts: fc.Arbitrary<string>) =>
	fc.tuple(texts, fc.nat(), fc.constantFrom('', '"', ',', '}', ']', 'x', '\n')).map(([text, at, char]) => {
		const i = text.length === 0 ? 0 : at % text.length;
		return text.slice(0, i) + char + text.slice(i + 1);
	});

const options: fc.Arbitrary<ValidateOptions> = fc.record(
	{ maxWarnings: fc.constantFrom(0, 1, 2, 5, 100), maxLength: fc.constantFrom(20, 200, 10_000) },
	{ requiredKeys: [] }
);

/** The verdicts, old and new, must be deep-equal (values, problems, ranges, fixes and order). */
function same(text: string, model: { schema: Parameters<typeof schemaValue>[0] }, given: ValidateOptions) {
	expect(validate(text, model, given)).toEqual(referenceValidate(text, model, given));
}

describe('validate, differential: the same verdict as before', () => {
	test('on arbitrary text, JSON and near-JSON, against the seed model', () => {
		const serialised = fc.oneof(fc.jsonValue(), nearModelValue).map((value) => JSON.stringify(value, null, 2) ?? 'null');
		const { inner } = unwrapSchema(seed.schema);
		const seedKeys = inner instanceof z.ZodObject ? Object.keys(inner.shape as z.ZodRawShape) : [];
		const keyed = objectText(seedKeys, fc.oneof(leaf, objectText([...seedKeys, 'a'], leaf)));
		const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), tokenSoup, serialised, keyed, damage(fc.oneof(serialised, keyed)));
		fc.assert(
			fc.property(text, options, (source, given) => same(source, seed, given)),
			{ numRuns: 5000 }
		);
	});

	test.each(models.map((model) => [model.name, model] as const))('on values of %s, with repeated, unknown and misspelt keys', (_name, model) => {
		const texts = modelTexts(model.schema);
		const withDuplicates = fc.tuple(texts, objectText(['status', 'a'], leaf)).map(([text, extra]) =>
			// Splice the keys of a second object into the first one's braces (when both are objects).
			text.startsWith('{') && extra.length > 2 && text.length > 2 ? `${text.slice(0, -1)},${extra.slice(1)}` : text
		);
		fc.assert(
			fc.property(fc.oneof(texts, withDuplicates, damage(texts)), options, (source, given) => same(source, model, given)),
			{ numRuns: 300 }
		);
	});

	test('on JSON written piece by piece: repeated keys at any depth, escaped keys, `:` in strings, odd numbers; and with a mistake', () => {
		// The engine reads such text lazily (lazyJsonTree), or with the parser when a key has an escape.
		const { inner } = unwrapSchema(seed.schema);
		const seedKeys = inner instanceof z.ZodObject ? Object.keys(inner.shape as z.ZodRawShape) : [];
		const wrapped = fc
			.tuple(jsonText, fc.constantFrom(...seedKeys, 'extra', 'Status'), fc.constantFrom('"started"', '"Started"', '1', '{}'), fc.boolean())
			.map(([value, key, tag, last]) => (last ? `{"status": ${tag}, ${JSON.stringify(key)}: ${value}}` : `{${JSON.stringify(key)}: ${value}, "status": ${tag}}`));
		const text = fc.oneof(jsonText, wrapped, damage(fc.oneof(jsonText, wrapped)));
		fc.assert(
			fc.property(text, options, (source, given) => same(source, seed, given)),
			{ numRuns: 5000 }
		);
		for (const model of models) {
			fc.assert(
				fc.property(fc.oneof(jsonText, wrapped), options, (source, given) => same(source, model, given)),
				{ numRuns: 100 }
			);
		}
	}, 120_000);

	test('on many keys, past the warning cap and not, nested deep and not', () => {
		const many = fc
			.tuple(fc.array(fc.constantFrom('status', 'operationId', 'extra', 'Status', 'a', 'b'), { minLength: 20, maxLength: 200 }), fc.constantFrom('1', '"v"', '{"a": 1, "a": 2}', '[{}]'))
			.map(([keys, value]) => `{${keys.map((key, i) => `"${key}${i % 3 === 0 ? '' : i}": ${i === keys.length - 1 ? value : '"started"'}`).join(',\n')}}`);
		fc.assert(
			fc.property(many, fc.constantFrom<ValidateOptions>({}, { maxWarnings: 0 }, { maxWarnings: 5 }), (source, given) => same(source, seed, given)),
			{ numRuns: 300 }
		);
		for (const text of [deeplyNested(400), deeplyNested(400, '{"k": 1, "k": 2}'), `{"status": "started", "operationId": "x", "deep": ${deeplyNested(400)}}`]) {
			same(text, seed, {});
		}
	}, 60_000);

	test('on objects of 9 to 80 keys from a few names (counted, not hashed, up to 64 keys; repeats found by comparing with the few distinct keys, or a map past 8 of them), kept or inside a copy JSON.parse drops', () => {
		const names = fc.integer({ min: 1, max: 12 }).map((count) => ['status', 'operationId', 'extra', 'Status', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].slice(0, count));
		const object = (depth: number): fc.Arbitrary<string> =>
			names.chain((pool) =>
				fc
					.tuple(
						fc.array(fc.constantFrom(...pool), { minLength: 9, maxLength: 80 }),
						fc.boolean(),
						depth > 0 ? fc.option(object(depth - 1), { nil: undefined }) : fc.constant(undefined),
						fc.nat()
					)
					.map(([keys, distinct, inner, at]) => {
						// Each key once (`distinct`: numbered), or drawn from the few names, so they repeat.
						const written = distinct ? keys.map((key, i) => `${key}${i}`) : keys;
						return `{${written.map((key, i) => `"${key}": ${inner !== undefined && i === at % written.length ? inner : '"started"'}`).join(',\n')}}`;
					})
			);
		fc.assert(
			fc.property(object(2), fc.constantFrom<ValidateOptions>({}, { maxWarnings: 0 }, { maxWarnings: 7 }), (source, given) => same(source, seed, given)),
			{ numRuns: 500 }
		);
	}, 60_000);

	test('on the bench shapes at small sizes, with the warning cap full and not', () => {
		for (const [shape, payload] of Object.entries(payloads)) {
			for (const bytes of [200, 1024, 8 * 1024]) {
				const text = payload(bytes);
				for (const given of [{}, { maxWarnings: 0 }, { maxWarnings: 3 }]) {
					expect(validate(text, seed, given), `${shape} ${bytes}`).toEqual(referenceValidate(text, seed, given));
				}
			}
		}
	});
});

describe('validateTypeScript, differential: the shared back half is unchanged', () => {
	test('on serialised values of every model, read as TypeScript', () => {
		for (const model of models) {
			fc.assert(
				fc.property(modelTexts(model.sdkSchema), options, (value, given) => {
					const text = `const value: ${model.name} = ${value};`;
					const reference = referenceValidateSource(text, { schema: model.sdkSchema }, given, (source) =>
						readTypeScript(source, typeScriptReadOptions(model.name))
					);
					expect(validateTypeScript(text, model, given)).toEqual(reference);
				}),
				{ numRuns: 100 }
			);
		}
	});
});
