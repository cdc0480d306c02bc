import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { findModelBySchema, getModel } from '../schemas/registry';
import { fieldRows, supportedTypes, typeParts, type FieldRow } from './fieldRows';

const typeText = (row: FieldRow) => row.type.map((part) => part.text).join('');

describe('fieldRows on the documented model', () => {
	const model = getModel('createorupdateauthsessionstart');
	const status = getModel('createorupdateauthsessionstartstatus');
	const linkFor = (schema: z.ZodTypeAny) =>
		schema === status.schema ? { name: status.name, href: '/models/status/' } : undefined;

	test('has the seed rows, in order, with the status type linked', () => {
		expect(fieldRows(model.sdkSchema, { linkFor })).toEqual([
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
		['labels', '{ [k: string]: number }', true],
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

describe('fieldRows and supportedTypes on the flow models', () => {
	const linkFor = (schema: z.ZodTypeAny) => {
		const target = findModelBySchema(schema);
		return target && { name: target.name, href: `/models/${target.slug}/` };
	};

	test('a renamed key is named as the SDK names it, with its wire name beside it', () => {
		const resume = getModel('authsessioncreateresume');
		expect(fieldRows(resume.sdkSchema, { linkFor }).map((row) => [row.name, row.wireName])).toEqual([
			['input', undefined],
			['infoRequestId', 'info_request_id'],
		]);
	});

	test('a field whose type is a union links the union; a described enum still links its page', () => {
		const request = fieldRows(getModel('createauthsessionrequest').sdkSchema, { linkFor });
		const parameters = request.find((row) => row.name === 'parameters')!.type;
		expect(parameters[0]).toEqual({ text: 'APIParameters', href: '/models/apiparameters/' });
		expect(parameters.map((part) => part.text).join('')).toBe('APIParameters ({ [k: string]: any } | any[])');
		// A field whose type is a union links the union and every member.
		const details = fieldRows(getModel('authsessioncreaterequestedmoreinforesult').sdkSchema, { linkFor }).find((row) => row.name === 'details')!;
		expect(details.type.filter((part) => part.href).map((part) => part.text)).toEqual(['Details', 'Otp', 'MultipleChoice']);
		const done = fieldRows(getModel('authsessioncreatedoneresult').sdkSchema, { linkFor });
		expect(done[0]!.type).toEqual([{ text: 'AuthSessionCreateDoneResultStatus', href: '/models/authsessioncreatedoneresultstatus/' }]);
		expect(done[0]!.description).toBe('Status of auth session creation operation');
	});

	test('an inline union type links each documented member', () => {
		const details = getModel('details');
		expect(typeParts(details.schema, { linkFor: (schema) => (schema === details.schema ? undefined : linkFor(schema)) })).toEqual([
			{ text: 'Otp', href: '/models/otp/' },
			{ text: ' | ' },
			{ text: 'MultipleChoice', href: '/models/multiplechoice/' },
		]);
	});

	test('supported types: documented members linked in the SDK order, other members described in place', () => {
		const result = supportedTypes(getModel('authsessioncreateresult').sdkSchema, {
			linkFor,
			descriptionOf: (schema) => findModelBySchema(schema)?.description,
		});
		expect(result.map((type) => [type.type[0]!.text, type.type[0]!.href, type.documented])).toEqual([
			['AuthSessionCreatePendingResult', '/models/authsessioncreatependingresult/', true],
			['AuthSessionCreateDoneResult', '/models/authsessioncreatedoneresult/', true],
			['AuthSessionCreateRequestedMoreInfoResult', '/models/authsessioncreaterequestedmoreinforesult/', true],
			['AuthSessionCreateFailedResult', '/models/authsessioncreatefailedresult/', true],
		]);
		expect(result[1]!.description).toBe('Auth session create done');
		const parameters = supportedTypes(getModel('apiparameters').sdkSchema, { linkFor });
		expect(parameters.map((type) => [type.type.map((part) => part.text).join(''), type.documented, type.description])).toEqual([
			['{ [k: string]: any }', false, 'Any JSON object: every key is accepted, with a value of any type.'],
			['any[]', false, 'Any JSON array: items of any type.'],
		]);
		expect(supportedTypes(getModel('otp').sdkSchema)).toEqual([]);
	});
});
