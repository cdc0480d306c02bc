import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { AuthSessionCreateResumeOutboundSchema, AuthSessionCreateResumeSchema } from './AuthSessionCreateResume';
import { getOperation, operations } from './operations';
import { findModelBySchema, getModel, getModelByName, models } from './registry';

describe('registry', () => {
	test('lists every model of project.authSessions.create, with unique names and lower-case slugs', () => {
		expect(models.map((model) => model.name).sort()).toEqual(
			[
				'CreateAuthSessionRequest',
				'APIParameters',
				'CreateOrUpdateAuthSessionStart',
				'CreateOrUpdateAuthSessionStartStatus',
				'AuthSessionCreateResult',
				'AuthSessionCreatePendingResult',
				'AuthSessionCreatePendingResultStatus',
				'AuthSessionCreateDoneResult',
				'AuthSessionCreateDoneResultStatus',
				'AuthSessionCreateRequestedMoreInfoResult',
				'AuthSessionCreateRequestedMoreInfoResultStatus',
				'AuthSessionCreateFailedResult',
				'AuthSessionCreateFailedResultStatus',
				'Details',
				'Otp',
				'DetailsRequestType',
				'DetailsAction',
				'MultipleChoice',
				'RequestType',
				'Action',
				'AuthSessionCreateResume',
				'CreateAuthSessionResume',
				'CreateAuthSessionResumeStatus',
			].sort()
		);
		for (const model of models) {
			expect(model.slug).toBe(model.name.toLowerCase());
			expect(model.importPath).toBe('@intuned/client/models/components');
			expect(model.description.length).toBeGreaterThan(10);
		}
		expect(new Set(models.map((model) => model.slug)).size).toBe(models.length);
	});

	test('every example is an SDK value its SDK-side schema accepts, and its JSON is accepted by the wire-side schema', () => {
		for (const model of models) {
			expect(model.examples.length, model.name).toBeGreaterThan(0);
			for (const example of model.examples) {
				const sent = model.sdkSchema.safeParse(example);
				expect(sent.success, model.name).toBe(true);
				expect(model.schema.safeParse(sent.success && sent.data).success, model.name).toBe(true);
			}
		}
	});

	test('a union without examples of its own takes the first example of each member, in the SDK order', () => {
		expect(getModel('authsessioncreateresult').examples.map((example) => (example as { status: string }).status)).toEqual([
			'pending',
			'done',
			'requested_more_info',
			'failed',
		]);
	});

	test('getModelByName finds by the SDK name and throws on an unknown one', () => {
		expect(getModelByName('Otp').slug).toBe('otp');
		expect(() => getModelByName('OTP')).toThrow(/No documented model is named "OTP"/);
	});

	test('findModelBySchema also finds a described copy (a field type) and the SDK-side schema', () => {
		const done = getModel('authsessioncreatedoneresultstatus');
		expect(findModelBySchema(done.schema.describe('a field'))).toBe(done);
		expect(findModelBySchema(AuthSessionCreateResumeOutboundSchema)!.name).toBe('AuthSessionCreateResume');
		expect(findModelBySchema(z.string().describe('x'))).toBeUndefined();
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

describe('the flow schemas validate exactly as the SDK does (flow-facts.md)', () => {
	test('CreateAuthSessionRequest: every key optional, none nullable', () => {
		const request = getModel('createauthsessionrequest').schema;
		expect(request.safeParse({}).success).toBe(true);
		expect(request.safeParse({ id: 'a', parameters: ['x', 1], proxy: 'http://u:p@h:1' }).success).toBe(true);
		for (const bad of [{ id: null }, { parameters: null }, { proxy: 1 }, { parameters: 'x' }, []]) {
			expect(request.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
	});

	test('APIParameters: any object or any array; no scalar, no null', () => {
		const parameters = getModel('apiparameters').schema;
		for (const good of [{}, { a: { b: [null] } }, [], [1, 'a', null]]) expect(parameters.safeParse(good).success).toBe(true);
		for (const bad of ['x', 1, true, null]) expect(parameters.safeParse(bad).success).toBe(false);
	});

	test('AuthSessionCreateResult: the first member that accepts wins, unknown keys dropped', () => {
		const result = getModel('authsessioncreateresult').schema;
		expect(result.parse({ status: 'pending', authSessionId: 'x' })).toEqual({ status: 'pending' });
		expect(result.parse({ status: 'done', authSessionId: 'x', extra: 1 })).toEqual({ status: 'done', authSessionId: 'x' });
		for (const bad of [{ status: 'done' }, { status: 'Pending' }, { status: 'requested_more_info', id: 'x' }, { status: 'failed', error: 'e' }]) {
			expect(result.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
	});

	test('Details: Otp first, then MultipleChoice', () => {
		const details = getModel('details').schema;
		const otp = { requestType: 'otp', action: 'request_more_info', messageToUser: 'm' };
		expect(details.parse({ ...otp, choices: ['a'] })).toEqual(otp);
		expect(details.safeParse({ ...otp, requestType: 'multiple_choice' }).success).toBe(false);
		expect(details.safeParse({ ...otp, requestType: 'multiple_choice', choices: ['a'] }).success).toBe(true);
	});

	test('AuthSessionCreateResume: infoRequestId in TypeScript, info_request_id on the wire', () => {
		expect(AuthSessionCreateResumeSchema.parse({ input: 'i', info_request_id: 'r', extra: 1 })).toEqual({ input: 'i', infoRequestId: 'r' });
		expect(AuthSessionCreateResumeOutboundSchema.parse({ input: 'i', infoRequestId: 'r' })).toEqual({ input: 'i', info_request_id: 'r' });
		expect(AuthSessionCreateResumeSchema.safeParse({ input: 'i', infoRequestId: 'r' }).success).toBe(false);
		expect(AuthSessionCreateResumeOutboundSchema.safeParse({ input: 'i', info_request_id: 'r' }).success).toBe(false);
	});
});

describe('operations registry', () => {
	test('the three operations of project.authSessions.create, with the SDK paths, bodies and statuses', () => {
		expect(
			operations.map((operation) => [
				operation.sdkMethod,
				operation.method,
				operation.path,
				operation.requestBody?.model,
				operation.responses.map((response) => `${response.status} ${response.model}`),
			])
		).toEqual([
			['project.authSessions.create.start', 'POST', '/{workspaceId}/projects/{projectName}/auth-sessions/create', 'CreateAuthSessionRequest', ['201 CreateOrUpdateAuthSessionStart']],
			['project.authSessions.create.result', 'GET', '/{workspaceId}/projects/{projectName}/auth-sessions/create/{operationId}/result', undefined, ['200 AuthSessionCreateResult']],
			['project.authSessions.create.resume', 'POST', '/{workspaceId}/projects/{projectName}/auth-sessions/create/{operationId}/resume', 'AuthSessionCreateResume', ['202 CreateAuthSessionResume']],
		]);
	});

	test('every path placeholder is a declared parameter, and every declared parameter is in the path', () => {
		for (const operation of operations) {
			const placeholders = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
			expect(placeholders.sort()).toEqual(operation.parameters.map((parameter) => parameter.name).sort());
		}
	});

	test('the flow: start -> result; pending -> result; requested_more_info -> resume -> result', () => {
		expect(getOperation('start').outcomes.map((outcome) => outcome.next)).toEqual(['result']);
		const result = getOperation('result').outcomes;
		expect(result.find((outcome) => outcome.when === 'AuthSessionCreatePendingResult')!.next).toBe('result');
		expect(result.find((outcome) => outcome.when === 'AuthSessionCreateRequestedMoreInfoResult')!.next).toBe('resume');
		expect(getOperation('resume').outcomes.map((outcome) => outcome.next)).toEqual(['result']);
		expect(() => getOperation('nope')).toThrow(/No documented operation/);
	});
});
