import type * as z from 'zod/v3';
import { CreateOrUpdateAuthSessionStartSchema } from './CreateOrUpdateAuthSessionStart';
import { CreateOrUpdateAuthSessionStartStatusSchema } from './CreateOrUpdateAuthSessionStartStatus';

/** One documented model: everything a page, a field table, a JSON Schema file and a playground need. */
export interface ModelEntry {
	/** The SDK's type name, e.g. `CreateOrUpdateAuthSessionStart`. */
	name: string;
	/** URL segment of the model's page: the lower-cased name, as the SDK's own docs spell it. */
	slug: string;
	/** Module the SDK exports the type from. */
	importPath: string;
	/** One or two sentences for the page's lead and the JSON Schema's `description`. */
	description: string;
	/** Valid values; the first is the page's Example Usage and the playground's default. */
	examples: readonly unknown[];
	/** The Zod 3 schema the SDK validates with: the single source of truth for this model. */
	schema: z.ZodTypeAny;
}

const SDK_COMPONENTS = '@intuned/client/models/components';

export const models: readonly ModelEntry[] = [
	{
		name: 'CreateOrUpdateAuthSessionStart',
		slug: 'createorupdateauthsessionstart',
		importPath: SDK_COMPONENTS,
		description:
			'What the API returns when an auth session creation is started. Its `operationId` identifies the operation in the follow-up resume and result calls.',
		examples: [{ status: 'started', operationId: '<value>' }],
		schema: CreateOrUpdateAuthSessionStartSchema,
	},
	{
		name: 'CreateOrUpdateAuthSessionStartStatus',
		slug: 'createorupdateauthsessionstartstatus',
		importPath: SDK_COMPONENTS,
		description:
			'Status of an auth session creation that has been started. A closed enum: `started` is its only value, matched exactly.',
		examples: ['started'],
		schema: CreateOrUpdateAuthSessionStartStatusSchema,
	},
];

/** The entry with this slug; throws for an unknown slug so a bad link fails the build, not the reader. */
export function getModel(slug: string, registry: readonly ModelEntry[] = models): ModelEntry {
	const entry = registry.find((model) => model.slug === slug);
	if (!entry) throw new Error(`No documented model has the slug "${slug}".`);
	return entry;
}

/** The documented model whose schema is this very schema object, if any: how a field links to its type's page. */
export function findModelBySchema(
	schema: z.ZodTypeAny,
	registry: readonly ModelEntry[] = models
): ModelEntry | undefined {
	return registry.find((model) => model.schema === schema);
}
