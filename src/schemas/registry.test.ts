import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { findModelBySchema, getModel, models } from './registry';

describe('registry', () => {
	test('lists both documented models with unique names and lower-case slugs', () => {
		expect(models.map((model) => model.name)).toEqual([
			'CreateOrUpdateAuthSessionStart',
			'CreateOrUpdateAuthSessionStartStatus',
		]);
		for (const model of models) {
			expect(model.slug).toBe(model.name.toLowerCase());
			expect(model.importPath).toBe('@intuned/client/models/components');
			expect(model.description.length).toBeGreaterThan(20);
		}
		expect(new Set(models.map((model) => model.slug)).size).toBe(models.length);
	});

	test('every example is accepted by its own schema', () => {
		for (const model of models) {
			expect(model.examples.length).toBeGreaterThan(0);
			for (const example of model.examples) {
				expect(model.schema.safeParse(example).success).toBe(true);
			}
		}
	});

	test('getModel finds by slug and throws on an unknown one', () => {
		expect(getModel('createorupdateauthsessionstartstatus').name).toBe(
			'CreateOrUpdateAuthSessionStartStatus'
		);
		expect(() => getModel('nope')).toThrow(/No documented model has the slug "nope"/);
	});

	test('findModelBySchema matches the schema object itself, not a look-alike', () => {
		const status = getModel('createorupdateauthsessionstartstatus');
		expect(findModelBySchema(status.schema)).toBe(status);
		expect(findModelBySchema(z.nativeEnum({ Started: 'started' }))).toBeUndefined();
	});
});

describe('the schemas validate exactly as the SDK does (facts.md)', () => {
	const model = getModel('createorupdateauthsessionstart');
	const status = getModel('createorupdateauthsessionstartstatus');

	test.each([
		['the seed example', { status: 'started', operationId: '<value>' }],
		['an empty operationId', { status: 'started', operationId: '' }],
		['an unknown key', { status: 'started', operationId: 'x', extra: 1 }],
	])('accepts %s', (_label, value) => {
		expect(model.schema.safeParse(value).success).toBe(true);
	});

	test('strips unknown keys from the parsed value', () => {
		const parsed = model.schema.safeParse({ status: 'started', operationId: 'x', extra: 1 });
		expect(parsed.success && parsed.data).toEqual({ status: 'started', operationId: 'x' });
	});

	test.each([
		['null', null],
		['an array', []],
		['a number', 1],
		['a string', 'started'],
		['a missing status', { operationId: 'x' }],
		['a missing operationId', { status: 'started' }],
		['a wrong-case status', { status: 'Started', operationId: 'x' }],
		['a padded status', { status: ' started', operationId: 'x' }],
		['a numeric operationId', { status: 'started', operationId: 1 }],
		['a null operationId', { status: 'started', operationId: null }],
	])('rejects %s', (_label, value) => {
		expect(model.schema.safeParse(value).success).toBe(false);
	});

	test('the enum accepts "started" only', () => {
		expect(status.schema.safeParse('started').success).toBe(true);
		for (const value of ['Started', ' started', 'STARTED', '', null, 0]) {
			expect(status.schema.safeParse(value).success).toBe(false);
		}
	});
});
