import * as z from 'zod/v3';

/** The SDK's constant for this closed enum, spelled as in `@intuned/client`. */
export const CreateOrUpdateAuthSessionStartStatus = {
	Started: 'started',
} as const;
export type CreateOrUpdateAuthSessionStartStatus =
	(typeof CreateOrUpdateAuthSessionStartStatus)[keyof typeof CreateOrUpdateAuthSessionStartStatus];

/** Closed enum: matching is exact, so `"Started"` or `" started"` is rejected, as the SDK does. */
export const CreateOrUpdateAuthSessionStartStatusSchema = z.nativeEnum(CreateOrUpdateAuthSessionStartStatus);

/**
 * The SDK's inbound schema for this model. A plain (non-strict) `z.object`, like the SDK's:
 * unknown keys are accepted and stripped from the parsed value.
 */
export const CreateOrUpdateAuthSessionStartSchema = z.object({
	status: CreateOrUpdateAuthSessionStartStatusSchema,
	operationId: z
		.string()
		.describe('Operation ID for the auth session creation. This is used in the resume and result operations.'),
});
export type CreateOrUpdateAuthSessionStart = z.infer<typeof CreateOrUpdateAuthSessionStartSchema>;
