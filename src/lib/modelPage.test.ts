import { expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { modelPage } from './modelPage';
import { toJsonSchemaText } from './toJsonSchema';

const site = 'http://127.0.0.1:4321/';

test('the object model page has fields, its schema text and the status link', () => {
	const model = getModel('createorupdateauthsessionstart');
	const page = modelPage(model, { site });
	expect(page.kind).toBe('fields');
	expect(page.rows.map((row) => row.name)).toEqual(['status', 'operationId']);
	expect(page.rows[0]!.type).toEqual([
		{
			text: 'CreateOrUpdateAuthSessionStartStatus',
			href: '/models/createorupdateauthsessionstartstatus/',
		},
	]);
	expect(page.schemaText).toBe(toJsonSchemaText(model, { site }));
	expect(page.schemaHref).toBe('/schemas/CreateOrUpdateAuthSessionStart.json');
	expect(page.headings.map((heading) => heading.slug)).toEqual([
		'example-usage',
		'fields',
		'try-it',
		'json-schema',
	]);
});

test('the enum page lists values instead of fields', () => {
	const page = modelPage(getModel('createorupdateauthsessionstartstatus'), { site });
	expect(page.kind).toBe('values');
	expect(page.rows).toEqual([]);
	expect(page.members).toEqual([{ key: 'Started', value: 'started' }]);
	expect(page.headings[1]!.slug).toBe('values');
});
