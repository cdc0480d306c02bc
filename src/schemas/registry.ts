import * as z from 'zod/v3';
import { APIParametersSchema } from './APIParameters';
import {
	AuthSessionCreateDoneResultSchema,
	AuthSessionCreateDoneResultStatusSchema,
} from './AuthSessionCreateDoneResult';
import {
	AuthSessionCreateFailedResultSchema,
	AuthSessionCreateFailedResultStatusSchema,
} from './AuthSessionCreateFailedResult';
import {
	AuthSessionCreatePendingResultSchema,
	AuthSessionCreatePendingResultStatusSchema,
} from './AuthSessionCreatePendingResult';
import {
	AuthSessionCreateRequestedMoreInfoResultSchema,
	AuthSessionCreateRequestedMoreInfoResultStatusSchema,
} from './AuthSessionCreateRequestedMoreInfoResult';
import { AuthSessionCreateResultSchema } from './AuthSessionCreateResult';
import { AuthSessionCreateResumeOutboundSchema, AuthSessionCreateResumeSchema } from './AuthSessionCreateResume';
import { CreateAuthSessionRequestSchema } from './CreateAuthSessionRequest';
import { CreateAuthSessionResumeSchema, CreateAuthSessionResumeStatusSchema } from './CreateAuthSessionResume';
import {
	CreateOrUpdateAuthSessionStartSchema,
	CreateOrUpdateAuthSessionStartStatusSchema,
} from './CreateOrUpdateAuthSessionStart';
import { DetailsSchema } from './Details';
import { ActionSchema, MultipleChoiceSchema, RequestTypeSchema } from './MultipleChoice';
import { DetailsActionSchema, DetailsRequestTypeSchema, OtpSchema } from './Otp';

/** The SDK release every page, schema and verdict of this site describes. */
export const SDK_VERSION = '0.3.12';
export const SDK_PACKAGE = '@intuned/client';

/** One documented model: everything a page, a field table, a JSON Schema file and a playground need. */
export interface ModelEntry {
	/** The SDK's type name, e.g. `CreateOrUpdateAuthSessionStart`. */
	name: string;
	/** URL segment of the model's page: the lower-cased name, as the SDK's own docs spell it. */
	slug: string;
	/** Module the SDK exports the type from. */
	importPath: string;
	/** The SDK's own description of the model, if it has one (inline `code` allowed). */
	description: string;
	/**
	 * Valid values, written as the SDK's TypeScript values (SDK key names); the first is the page's
	 * Example Usage and the playground's default. Their JSON comes from `sdkSchema`'s parse.
	 */
	examples: readonly unknown[];
	/**
	 * The Zod 3 schema that reads the model's JSON (the SDK's inbound schema, wire key names):
	 * the single source of truth for JSON mode, the JSON Schema and the Fields table.
	 */
	schema: z.ZodTypeAny;
	/**
	 * The schema that reads the SDK's TypeScript value (its outbound schema, SDK key names). The
	 * same object as `schema` unless some key is renamed on the wire.
	 */
	sdkSchema: z.ZodTypeAny;
}

const SDK_COMPONENTS = `${SDK_PACKAGE}/models/components`;

type ModelInput = Pick<ModelEntry, 'name' | 'schema'> & Partial<Omit<ModelEntry, 'name' | 'schema' | 'slug'>>;

/** Fills what every entry derives the same way: slug, import path, and `sdkSchema` when nothing is renamed. */
function model(input: ModelInput): ModelEntry {
	return {
		slug: input.name.toLowerCase(),
		importPath: SDK_COMPONENTS,
		description: '',
		examples: [],
		sdkSchema: input.schema,
		...input,
	};
}

const definitions: ModelEntry[] = [
	model({
		name: 'CreateAuthSessionRequest',
		description: 'Auth session create request',
		examples: [{ id: 'my-auth-session', parameters: { key: '<value>' } }, {}],
		schema: CreateAuthSessionRequestSchema,
	}),
	model({
		name: 'APIParameters',
		description: 'The parameters to be passed to the API.',
		examples: [{ key: '<value>' }, ['<value>']],
		schema: APIParametersSchema,
	}),
	model({
		name: 'CreateOrUpdateAuthSessionStart',
		description: 'Returned when an auth session creation has started. Keep its `operationId`: it names this creation in every follow-up call.',
		examples: [{ status: 'started', operationId: '<value>' }],
		schema: CreateOrUpdateAuthSessionStartSchema,
	}),
	model({
		name: 'CreateOrUpdateAuthSessionStartStatus',
		description: 'Status of an auth session creation that has been started.',
		examples: ['started'],
		schema: CreateOrUpdateAuthSessionStartStatusSchema,
	}),
	model({
		name: 'AuthSessionCreateResult',
		description: 'The outcome of an auth session creation so far: pending, done, waiting for more info, or failed.',
		schema: AuthSessionCreateResultSchema,
	}),
	model({
		name: 'AuthSessionCreatePendingResult',
		description: 'Auth session create pending',
		examples: [{ status: 'pending' }],
		schema: AuthSessionCreatePendingResultSchema,
	}),
	model({
		name: 'AuthSessionCreatePendingResultStatus',
		description: 'Status of auth session creation operation',
		examples: ['pending'],
		schema: AuthSessionCreatePendingResultStatusSchema,
	}),
	model({
		name: 'AuthSessionCreateDoneResult',
		description: 'Auth session create done',
		examples: [{ status: 'done', authSessionId: '<value>' }],
		schema: AuthSessionCreateDoneResultSchema,
	}),
	model({
		name: 'AuthSessionCreateDoneResultStatus',
		description: 'Status of auth session creation operation',
		examples: ['done'],
		schema: AuthSessionCreateDoneResultStatusSchema,
	}),
	model({
		name: 'AuthSessionCreateRequestedMoreInfoResult',
		description: 'Auth session create requested more info',
		examples: [
			{
				status: 'requested_more_info',
				id: '<id>',
				details: { choices: ['<value>'], requestType: 'multiple_choice', action: 'request_more_info', messageToUser: '<value>' },
			},
			{
				status: 'requested_more_info',
				id: '<id>',
				details: { requestType: 'otp', action: 'request_more_info', messageToUser: '<value>' },
			},
		],
		schema: AuthSessionCreateRequestedMoreInfoResultSchema,
	}),
	model({
		name: 'AuthSessionCreateRequestedMoreInfoResultStatus',
		description: 'Status of the auth session creation operation',
		examples: ['requested_more_info'],
		schema: AuthSessionCreateRequestedMoreInfoResultStatusSchema,
	}),
	model({
		name: 'AuthSessionCreateFailedResult',
		description: 'Auth session create failed.',
		examples: [{ status: 'failed', error: '<value>', message: '<value>' }],
		schema: AuthSessionCreateFailedResultSchema,
	}),
	model({
		name: 'AuthSessionCreateFailedResultStatus',
		description: 'Status of auth session creation operation.',
		examples: ['failed'],
		schema: AuthSessionCreateFailedResultStatusSchema,
	}),
	model({
		name: 'Details',
		description: 'What the creation needs from the user: a one-time password, or a choice among options.',
		schema: DetailsSchema,
	}),
	model({
		name: 'Otp',
		description: 'Requested more info - OTP',
		examples: [{ requestType: 'otp', action: 'request_more_info', messageToUser: '<value>' }],
		schema: OtpSchema,
	}),
	model({
		name: 'DetailsRequestType',
		description: 'Type of the requested info.',
		examples: ['otp'],
		schema: DetailsRequestTypeSchema,
	}),
	model({
		name: 'DetailsAction',
		description: 'The requested action.',
		examples: ['request_more_info'],
		schema: DetailsActionSchema,
	}),
	model({
		name: 'MultipleChoice',
		description: 'Requested more info - Multiple choice.',
		examples: [{ choices: ['<value>'], requestType: 'multiple_choice', action: 'request_more_info', messageToUser: '<value>' }],
		schema: MultipleChoiceSchema,
	}),
	model({
		name: 'RequestType',
		description: 'Type of the requested info.',
		examples: ['multiple_choice'],
		schema: RequestTypeSchema,
	}),
	model({
		name: 'Action',
		description: 'The requested action.',
		examples: ['request_more_info'],
		schema: ActionSchema,
	}),
	model({
		name: 'AuthSessionCreateResume',
		description: 'Auth session creation resume request.',
		examples: [
			{ input: '123456', infoRequestId: '99999999-9999-9999-9999-999999999999' },
			{ input: '<value>', infoRequestId: '<value>' },
		],
		schema: AuthSessionCreateResumeSchema,
		sdkSchema: AuthSessionCreateResumeOutboundSchema,
	}),
	model({
		name: 'CreateAuthSessionResume',
		description: 'Returned when the creation has taken the extra input and resumed.',
		examples: [{ status: 'resumed' }],
		schema: CreateAuthSessionResumeSchema,
	}),
	model({
		name: 'CreateAuthSessionResumeStatus',
		description: 'Status of a resumed auth session creation.',
		examples: ['resumed'],
		schema: CreateAuthSessionResumeStatusSchema,
	}),
];

/**
 * A union written without examples takes the first example of each member that is a documented
 * model, in the union's order: the Example Usage then shows its first member, as the SDK's docs do.
 */
function withUnionExamples(entries: ModelEntry[]): ModelEntry[] {
	return entries.map((entry) => {
		if (entry.examples.length > 0 || !(entry.schema instanceof z.ZodUnion)) return entry;
		const members = entry.schema.options as z.ZodTypeAny[];
		const examples = members.flatMap((member) => findModelBySchema(member, entries)?.examples.slice(0, 1) ?? []);
		return { ...entry, examples };
	});
}

export const models: readonly ModelEntry[] = withUnionExamples(definitions);

/** The entry with this slug; throws for an unknown slug so a bad link fails the build, not the reader. */
export function getModel(slug: string, registry: readonly ModelEntry[] = models): ModelEntry {
	const entry = registry.find((candidate) => candidate.slug === slug);
	if (!entry) throw new Error(`No documented model has the slug "${slug}".`);
	return entry;
}

/** The entry with this SDK type name; throws for an unknown one (a typo in the operations registry fails the build). */
export function getModelByName(name: string, registry: readonly ModelEntry[] = models): ModelEntry {
	const entry = registry.find((candidate) => candidate.name === name);
	if (!entry) throw new Error(`No documented model is named "${name}".`);
	return entry;
}

/**
 * The documented model whose schema this is: the schema object itself (either side), or a copy of
 * it that only adds a description (Zod's `.describe()` returns a copy), as a field's type often is.
 */
export function findModelBySchema(
	schema: z.ZodTypeAny,
	registry: readonly ModelEntry[] = models
): ModelEntry | undefined {
	return registry.find((entry) => sameSchema(entry.schema, schema) || sameSchema(entry.sdkSchema, schema));
}

function sameSchema(a: z.ZodTypeAny, b: z.ZodTypeAny): boolean {
	if (a === b) return true;
	if (a.constructor !== b.constructor) return false;
	const defA = a._def as Record<string, unknown>;
	const defB = b._def as Record<string, unknown>;
	const keys = new Set([...Object.keys(defA), ...Object.keys(defB)]);
	keys.delete('description');
	return [...keys].every((key) => defA[key] === defB[key]);
}
