import { expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { modelPage } from './modelPage';
import { toJsonSchemaText } from './toJsonSchema';

const site = 'http://127.0.0.1:4321/';

test('the object model page has fields, its schema text and the status link', () => {
	const model = getModel('createorupdateauthsessionstart');
	const page = modelPage(model, { site });
	expect(page.kind).toBe('object');
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
	expect(page.kind).toBe('enum');
	expect(page.rows).toEqual([]);
	expect(page.members).toEqual([{ key: 'Started', value: 'started' }]);
	expect(page.headings[1]!.slug).toBe('values');
});

test('the seed page links where operationId goes next, and says where the model is used', () => {
	const page = modelPage(getModel('createorupdateauthsessionstart'), { site });
	expect(page.destinations.operationId!.map((usage) => [usage.text, usage.links.map((link) => link.href), usage.detail])).toEqual([
		['Path parameter of', ['/operations/result/', '/operations/resume/'], 'operationId'],
	]);
	expect(page.usages.map((usage) => `${usage.text} ${usage.links[0]!.label}`)).toEqual(['201 response of start']);
	expect(page.sdk).toBe('@intuned/client 0.3.12');
});

test('a union page has Supported Types instead of fields, and its members say they are members', () => {
	const page = modelPage(getModel('details'), { site });
	expect(page.kind).toBe('union');
	expect(page.rows).toEqual([]);
	expect(page.supportedTypes.map((type) => type.type[0]!.text)).toEqual(['Otp', 'MultipleChoice']);
	expect(page.headings.map((heading) => heading.slug)).toEqual(['example-usage', 'supported-types', 'try-it', 'json-schema']);
	const otp = modelPage(getModel('otp'), { site });
	expect(otp.usages.map((usage) => `${usage.text} ${usage.links[0]!.label}`)).toEqual(['Member of Details']);
	const details = modelPage(getModel('details'), { site });
	expect(details.usages.map((usage) => `${usage.text} ${usage.links[0]!.label} ${usage.detail}`)).toEqual([
		'Type of a field of AuthSessionCreateRequestedMoreInfoResult details',
	]);
});

test('the requested-more-info result says its id is sent as the resume body field', () => {
	const page = modelPage(getModel('authsessioncreaterequestedmoreinforesult'), { site });
	expect(page.destinations.id!.map((usage) => [usage.links[0]!.href, usage.detail])).toEqual([
		['/operations/resume/', 'AuthSessionCreateResume.infoRequestId'],
	]);
});

test('the values note is derived from the enum: one value, or several', () => {
	expect(modelPage(getModel('detailsaction'), { site }).valuesNote).toContain('exactly "request_more_info"');
});
