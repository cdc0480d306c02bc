import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import * as z4 from 'zod';
import * as z from 'zod/v3';
import { getModel, type ModelEntry } from '../schemas/registry';
import { toJsonSchema, toJsonSchemaText } from './toJsonSchema';

const site = 'https://docs.example.test/';
const model = getModel('createorupdateauthsessionstart');
const status = getModel('createorupdateauthsessionstartstatus');

function entry(schema: unknown, name = 'Fixture'): ModelEntry {
	return {
		name,
		slug: name.toLowerCase(),
		importPath: 'x',
		description: 'A fixture.',
		examples: [],
		schema: schema as ModelEntry['schema'],
		sdkSchema: schema as ModelEntry['schema'],
	};
}

describe('toJsonSchema', () => {
	test('states $schema, $id, title, description and examples', () => {
		const schema = toJsonSchema(model, { site });
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.$id).toBe('https://docs.example.test/schemas/CreateOrUpdateAuthSessionStart.json');
		expect(schema.title).toBe('CreateOrUpdateAuthSessionStart');
		expect(schema.description).toBe(model.description);
		expect(schema.examples).toEqual([{ status: 'started', operationId: '<value>' }]);
	});

	test('describes the fields, both required, and does not forbid unknown keys', () => {
		const schema = toJsonSchema(model, { site });
		expect(schema.type).toBe('object');
		expect(schema.properties).toEqual({
			status: { type: 'string', enum: ['started'] },
			operationId: {
				type: 'string',
				description:
					'Operation ID for the auth session creation. This is used in the resume and result operations.',
			},
		});
		expect(schema.required).toEqual(['status', 'operationId']);
		expect(schema.additionalProperties).not.toBe(false);
	});

	test('a strict object still forbids unknown keys', () => {
		const strict = toJsonSchema(entry(z.object({ a: z.string() }).strict()), { site });
		expect(strict.additionalProperties).toBe(false);
	});

	test('the enum becomes a string enum', () => {
		const schema = toJsonSchema(status, { site });
		expect(schema).toMatchObject({ type: 'string', enum: ['started'], examples: ['started'] });
	});

	test('ajv on the published schema agrees with the SDK on typical values', () => {
		const validate = new Ajv().compile(toJsonSchema(model, { site }));
		expect(validate({ status: 'started', operationId: '<value>' })).toBe(true);
		expect(validate({ status: 'started', operationId: 'x', unknown: true })).toBe(true);
		expect(validate({ status: 'Started', operationId: 'x' })).toBe(false);
		expect(validate({ status: 'started' })).toBe(false);
		expect(validate(null)).toBe(false);
	});

	test('the published text is the pretty-printed schema with a final newline', () => {
		const text = toJsonSchemaText(model, { site });
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(toJsonSchema(model, { site }));
	});

	test('guard: a Zod 4 schema fails with a message naming the model', () => {
		const zod4 = entry(z4.object({ a: z4.string() }), 'Zod4Model');
		expect(() => toJsonSchema(zod4, { site })).toThrow(/"Zod4Model".*zod\/v3/s);
	});

	test('guard: a record model is not mistaken for an empty conversion', () => {
		const record = toJsonSchema(entry(z.record(z.number())), { site });
		expect(record).toMatchObject({ type: 'object', additionalProperties: { type: 'number' } });
	});
});
