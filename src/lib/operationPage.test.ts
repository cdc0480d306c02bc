import { expect, test } from 'vitest';
import { getOperation, operations } from '../schemas/operations';
import { flowSteps } from './flowSteps';
import { operationPage } from './operationPage';
import { sdkCallSnippet } from './sdkCallSnippet';

test('the SDK call of start: the client with its workspace, the method with the example body', () => {
	const start = getOperation('start');
	expect(sdkCallSnippet(start, { id: 'my-auth-session' })).toBe(
		[
			'import { IntunedClient } from "@intuned/client";',
			'',
			'const intunedClient = new IntunedClient({',
			'  apiKey: "<YOUR_API_KEY_HERE>",',
			'  workspaceId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",',
			'});',
			'',
			'const result = await intunedClient.project.authSessions.create.start("my-project", {',
			'  id: "my-auth-session",',
			'});',
			'',
			'console.log(result);',
			'',
		].join('\n')
	);
	expect(sdkCallSnippet(getOperation('result'))).toContain('create.result("my-project", "aaaabbbCCCCdddd");');
});

test('the resume page: body linked, its infoRequestId traced to the requested-more-info id, curl with the wire key', () => {
	const page = operationPage(getOperation('resume'));
	expect(page.requestBody!.link).toEqual({ name: 'AuthSessionCreateResume', href: '/models/authsessioncreateresume/' });
	expect(page.requestBody!.fieldsFrom).toEqual([
		{ field: 'infoRequestId', from: { name: 'AuthSessionCreateRequestedMoreInfoResult', href: '/models/authsessioncreaterequestedmoreinforesult/', field: 'id' } },
	]);
	expect(page.snippet).toContain('infoRequestId: "99999999-9999-9999-9999-999999999999"');
	expect(page.curl).toContain('"info_request_id": "99999999-9999-9999-9999-999999999999"');
	expect(page.parameters.find((parameter) => parameter.name === 'operationId')!.fromLink!.href).toBe('/models/createorupdateauthsessionstart/');
	expect(page.responses).toEqual([
		{ status: 202, description: 'The creation has resumed.', link: { name: 'CreateAuthSessionResume', href: '/models/createauthsessionresume/' }, members: [] },
	]);
});

test('the result page lists the union members of its response and has no body section', () => {
	const page = operationPage(getOperation('result'));
	expect(page.requestBody).toBeUndefined();
	expect(page.headings.map((heading) => heading.slug)).not.toContain('try-it');
	expect(page.responses[0]!.members.map((member) => member.name)).toEqual([
		'AuthSessionCreatePendingResult',
		'AuthSessionCreateDoneResult',
		'AuthSessionCreateRequestedMoreInfoResult',
		'AuthSessionCreateFailedResult',
	]);
	expect(page.errors.map((error) => error.status)).toEqual(['400', '401', '4XX, 5XX']);
});

test('the home page flow comes from the operations registry, in order, with each next step', () => {
	const steps = flowSteps();
	expect(steps.map((step) => step.id)).toEqual(operations.map((operation) => operation.id));
	const result = steps.find((step) => step.id === 'result')!;
	expect(result.outcomes.map((outcome) => [outcome.name, outcome.next?.id])).toEqual([
		['AuthSessionCreatePendingResult', 'result'],
		['AuthSessionCreateRequestedMoreInfoResult', 'resume'],
		['AuthSessionCreateDoneResult', undefined],
		['AuthSessionCreateFailedResult', undefined],
	]);
	expect(steps[0]!.body).toEqual({ name: 'CreateAuthSessionRequest', href: '/models/createauthsessionrequest/' });
});
