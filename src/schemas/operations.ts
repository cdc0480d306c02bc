import { getModelByName, SDK_PACKAGE } from './registry';

/** Where a value comes from: a field of a documented model, e.g. `CreateOrUpdateAuthSessionStart.operationId`. */
export interface FieldSource {
	model: string;
	/** The field's SDK name. */
	field: string;
}

export interface OperationParameter {
	name: string;
	in: 'path';
	description: string;
	/** A value for examples (snippets and curl). */
	example: string;
	/**
	 * `argument`: passed to the SDK method, in this order; `client`: set once on the client
	 * (`new IntunedClient({ workspaceId })`).
	 */
	sdk: 'argument' | 'client';
	from?: FieldSource;
}

export interface OperationResponse {
	status: number;
	description: string;
	/** The documented model of the body. */
	model: string;
}

/** What a reader does after a response of this model: the next operation, and why. */
export interface FlowOutcome {
	/** The documented model the response (or a member of its union) is. */
	when: string;
	next?: string;
	note: string;
}

export interface OperationEntry {
	/** The SDK method's name, and the page's URL segment. */
	id: string;
	/** The SDK's summary of the operation. */
	title: string;
	description: string;
	/** The SDK path of the method, after the client: `project.authSessions.create.start`. */
	sdkMethod: string;
	/** The SDK's standalone function for the same call. */
	standaloneFunction: string;
	method: 'GET' | 'POST';
	/** Path with `{parameter}` placeholders, after the server URL. */
	path: string;
	parameters: OperationParameter[];
	requestBody?: {
		model: string;
		/** The SDK's name for this argument. */
		argument: string;
		description: string;
		/** Fields of the body that come from a response earlier in the flow (SDK field names). */
		fieldsFrom?: Record<string, FieldSource>;
	};
	responses: OperationResponse[];
	/** What follows each kind of response, in the flow. */
	outcomes: FlowOutcome[];
}

/** The SDK's server (its `ServerList`) and how it authenticates (an API key header). */
export const SERVER_URL = 'https://app.intuned.io/api/v1/workspace';
export const API_KEY_HEADER = 'x-api-key';
export const CLIENT_CLASS = 'IntunedClient';
export { SDK_PACKAGE };

/** Errors every operation of this flow can end with, as the SDK maps them. */
export const operationErrors = [
	{ status: '400', error: 'errors.ApiErrorInvalidInput', contentType: 'application/json', description: 'The request was not valid: the body or a parameter.' },
	{ status: '401', error: 'errors.ApiErrorUnauthorized', contentType: 'application/json', description: 'The API key is missing or not valid.' },
	{ status: '4XX, 5XX', error: 'errors.SDKError', contentType: '*/*', description: 'Any other error status (404 included), with the raw response.' },
] as const;

const workspaceId: OperationParameter = {
	name: 'workspaceId',
	in: 'path',
	description: 'Your workspace ID. The SDK takes it once, in the client options.',
	example: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
	sdk: 'client',
};
const projectName: OperationParameter = {
	name: 'projectName',
	in: 'path',
	description: 'Your project name. It is the name you provide when creating a project.',
	example: 'my-project',
	sdk: 'argument',
};
const operationId: OperationParameter = {
	name: 'operationId',
	in: 'path',
	description: 'The ID for the requested auth session creation operation. This is obtained from the start request.',
	example: 'aaaabbbCCCCdddd',
	sdk: 'argument',
	from: { model: 'CreateOrUpdateAuthSessionStart', field: 'operationId' },
};

const CREATE_PATH = '/{workspaceId}/projects/{projectName}/auth-sessions/create';

export const operations: readonly OperationEntry[] = [
	{
		id: 'start',
		title: 'Create Auth Session - Start',
		description:
			'Starts creation process of an authentication session for a project with the authentication session creation setting enabled.',
		sdkMethod: 'project.authSessions.create.start',
		standaloneFunction: 'projectAuthSessionsCreateStart',
		method: 'POST',
		path: CREATE_PATH,
		parameters: [workspaceId, projectName],
		requestBody: {
			model: 'CreateAuthSessionRequest',
			argument: 'createAuthSessionRequest',
			description: 'create authentication session request',
		},
		responses: [{ status: 201, description: 'The creation has started.', model: 'CreateOrUpdateAuthSessionStart' }],
		outcomes: [
			{ when: 'CreateOrUpdateAuthSessionStart', next: 'result', note: 'Keep the `operationId` and ask for the result.' },
		],
	},
	{
		id: 'result',
		title: 'Create Auth Session - Result',
		description: 'Gets authentication session creation operation result.',
		sdkMethod: 'project.authSessions.create.result',
		standaloneFunction: 'projectAuthSessionsCreateResult',
		method: 'GET',
		path: `${CREATE_PATH}/{operationId}/result`,
		parameters: [workspaceId, projectName, operationId],
		responses: [{ status: 200, description: 'The creation so far.', model: 'AuthSessionCreateResult' }],
		outcomes: [
			{ when: 'AuthSessionCreatePendingResult', next: 'result', note: 'Still running: ask again after a short wait.' },
			{
				when: 'AuthSessionCreateRequestedMoreInfoResult',
				next: 'resume',
				note: 'The run needs input from the user (`details`): resume with it and the info request’s `id`.',
			},
			{ when: 'AuthSessionCreateDoneResult', note: 'Done: `authSessionId` is the new auth session.' },
			{ when: 'AuthSessionCreateFailedResult', note: 'Failed: `error` and `message` say why.' },
		],
	},
	{
		id: 'resume',
		title: 'Create Auth Session - Resume',
		description: 'Resume authentication session creation operation. This is needed if the operation requests more info.',
		sdkMethod: 'project.authSessions.create.resume',
		standaloneFunction: 'projectAuthSessionsCreateResume',
		method: 'POST',
		path: `${CREATE_PATH}/{operationId}/resume`,
		parameters: [workspaceId, projectName, operationId],
		requestBody: {
			model: 'AuthSessionCreateResume',
			argument: 'authSessionCreateResume',
			description: 'resume authentication session creation request',
			fieldsFrom: { infoRequestId: { model: 'AuthSessionCreateRequestedMoreInfoResult', field: 'id' } },
		},
		responses: [{ status: 202, description: 'The creation has resumed.', model: 'CreateAuthSessionResume' }],
		outcomes: [{ when: 'CreateAuthSessionResume', next: 'result', note: 'Ask for the result again.' }],
	},
];

/** The operation with this id; throws for an unknown one. */
export function getOperation(id: string, registry: readonly OperationEntry[] = operations): OperationEntry {
	const entry = registry.find((operation) => operation.id === id);
	if (!entry) throw new Error(`No documented operation has the id "${id}".`);
	return entry;
}

/**
 * Every model name the operations name must be a documented model, and every `next` an operation:
 * checked when this module loads, so a typo fails the build instead of shipping a dead link.
 */
for (const operation of operations) {
	const named = [
		...operation.responses.map((response) => response.model),
		...(operation.requestBody ? [operation.requestBody.model] : []),
		...operation.outcomes.map((outcome) => outcome.when),
		...operation.parameters.flatMap((parameter) => (parameter.from ? [parameter.from.model] : [])),
		...Object.values(operation.requestBody?.fieldsFrom ?? {}).map((source) => source.model),
	];
	for (const name of named) getModelByName(name);
	for (const outcome of operation.outcomes) if (outcome.next) getOperation(outcome.next);
}
