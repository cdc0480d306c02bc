import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { getModel } from '../schemas/registry';
import { fieldRows, typeParts, type FieldRow } from './fieldRows';

const typeText = (row: FieldRow) => row.type.map((part) => part.text).join('');

describe('fieldRows on the documented model', () => {
	const model = getModel('createorupdateauthsessionstart');
	const status = getModel('createorupdateauthsessionstartstatus');
	const linkFor = (schema: z.ZodTypeAny) =>
		schema === status.schema ? { name: status.name, href: '/models/status/' } : undefined;

	test('has the seed rows, in order, with the status type linked', () => {
		expect(fieldRows(model.schema, { linkFor })).toEqual([
			{
				name: 'status',
				depth: 0,
				type: [{ text: 'CreateOrUpdateAuthSessionStartStatus', href: '/models/status/' }],
				required: true,
			},
			{
				name: 'operationId',
				depth: 0,
				type: [{ text: 'string' }],
				required: true,
				description:
					'Operation ID for the auth session creation. This is used in the resume and result operations.',
			},
		]);
	});

	test('without a link resolver the enum is spelled out', () => {
		expect(typeText(fieldRows(model.schema)[0]!)).toBe('"started"');
	});
});

describe('fieldRows on fixture schemas of every kind', () => {
	const fixture = z.object({
		text: z.string().describe('Some text.'),
		count: z.number().int(),
		ratio: z.number(),
		flag: z.boolean().optional(),
		color: z.enum(['red', 'green']),
		mode: z.nativeEnum({ A: 'a', B: 'b' } as const),
		numeric: z.nativeEnum({ One: 1, Two: 2, 1: 'One', 2: 'Two' } as const),
		kind: z.literal('fixed'),
		maybe: z.string().nullable(),
		size: z.number().default(10).describe('Page size.'),
		tags: z.array(z.string()),
		mixed: z.array(z.union([z.string(), z.number()])),
		labels: z.record(z.string(), z.number()),
		either: z.union([z.string(), z.boolean()]),
		nested: z.object({ city: z.string(), zip: z.string().optional() }).optional(),
	});
	const rows = fieldRows(fixture);
	const byName = Object.fromEntries(rows.map((row) => [row.name, row]));

	test.each([
		['text', 'string', true],
		['count', 'integer', true],
		['ratio', 'number', true],
		['flag', 'boolean', false],
		['color', '"red" | "green"', true],
		['mode', '"a" | "b"', true],
		['numeric', '1 | 2', true],
		['kind', '"fixed"', true],
		['maybe', 'string | null', true],
		['size', 'number', false],
		['tags', 'string[]', true],
		['mixed', 'Array<string | number>', true],
		['labels', 'Record<string, number>', true],
		['either', 'string | boolean', true],
		['nested', 'object', false],
		['nested.city', 'string', true],
		['nested.zip', 'string', false],
	])('%s reads as %s (required: %s)', (name, type, required) => {
		const row = byName[name];
		expect(row, name).toBeDefined();
		expect(typeText(row!)).toBe(type);
		expect(row!.required).toBe(required);
	});

	test('descriptions and defaults come from the schema', () => {
		expect(byName.text!.description).toBe('Some text.');
		expect(byName.size!.description).toBe('Page size.');
		expect(byName.size!.defaultValue).toBe('10');
		expect(byName.count!.description).toBeUndefined();
	});

	test('nested fields are indented one level', () => {
		expect(byName['nested.city']!.depth).toBe(1);
		expect(rows.filter((row) => row.depth === 0)).toHaveLength(15);
	});

	test('a non-object schema has no field rows', () => {
		expect(fieldRows(z.string())).toEqual([]);
	});

	test('an array of a linked model keeps the link', () => {
		const linked = z.nativeEnum({ A: 'a' } as const);
		const linkFor = (schema: z.ZodTypeAny) =>
			schema === linked ? { name: 'Linked', href: '/linked/' } : undefined;
		expect(typeParts(z.array(linked), { linkFor })).toEqual([
			{ text: 'Linked', href: '/linked/' },
			{ text: '[]' },
		]);
	});
});
