import * as z from 'zod/v3';

/**
 * The SDK's constant for this closed enum, spelled as in `@intuned/client`.
 * Kept as a plain object so the Zod schema below is the SDK's own `z.nativeEnum(...)`.
 */
export const CreateOrUpdateAuthSessionStartStatus = {
	Started: 'started',
} as const;

export type CreateOrUpdateAuthSessionStartStatus =
	(typeof CreateOrUpdateAuthSessionStartStatus)[keyof typeof CreateOrUpdateAuthSessionStartStatus];

/** Closed enum: matching is exact, so `"Started"` or `" started"` is rejected, as the SDK does. */
export const CreateOrUpdateAuthSessionStartStatusSchema = z.nativeEnum(
	CreateOrUpdateAuthSessionStartStatus
);
