import * as z from 'zod/v3';
import { CreateOrUpdateAuthSessionStartStatusSchema } from './CreateOrUpdateAuthSessionStartStatus';

/**
 * The SDK's inbound schema for this model. A plain (non-strict) `z.object`, like the SDK's:
 * unknown keys are accepted and stripped from the parsed value.
 */
export const CreateOrUpdateAuthSessionStartSchema = z.object({
	status: CreateOrUpdateAuthSessionStartStatusSchema,
	operationId: z
		.string()
		.describe(
			'Operation ID for the auth session creation. This is used in the resume and result operations.'
		),
});

export type CreateOrUpdateAuthSessionStart = z.infer<typeof CreateOrUpdateAuthSessionStartSchema>;
