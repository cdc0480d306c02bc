import { expect, test } from 'vitest';
import { operations } from '../schemas/operations';
import { typeScriptReadOptions } from './typeScriptReadOptions';

test("a body model is read from its operation's SDK method and standalone function, after the path arguments", () => {
	expect(typeScriptReadOptions('CreateAuthSessionRequest').calls).toEqual([
		{ callee: 'project.authSessions.create.start', argument: 1 },
		{ callee: 'projectAuthSessionsCreateStart', argument: 2 },
	]);
	expect(typeScriptReadOptions('AuthSessionCreateResume').calls).toEqual([
		{ callee: 'project.authSessions.create.resume', argument: 2 },
		{ callee: 'projectAuthSessionsCreateResume', argument: 3 },
	]);
});

test('a model that is no body has no calls; every model gets the SDK constants', () => {
	const options = typeScriptReadOptions('CreateOrUpdateAuthSessionStart');
	expect(options.calls).toBeUndefined();
	expect(options.constants?.CreateOrUpdateAuthSessionStartStatus).toEqual({ Started: 'started' });
});

test('the arguments follow the parameters the SDK takes as arguments, whatever their number', () => {
	const [start] = operations;
	const client = { ...start!.parameters[0]!, sdk: 'client' as const };
	const argument = { ...start!.parameters[1]!, sdk: 'argument' as const };
	const registry = [{ ...start!, parameters: [client, argument, argument, argument] }];
	expect(typeScriptReadOptions('CreateAuthSessionRequest', registry).calls).toEqual([
		{ callee: 'project.authSessions.create.start', argument: 3 },
		{ callee: 'projectAuthSessionsCreateStart', argument: 4 },
	]);
});
