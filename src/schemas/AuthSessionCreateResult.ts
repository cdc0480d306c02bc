import * as z from 'zod/v3';
import { AuthSessionCreateDoneResultSchema } from './AuthSessionCreateDoneResult';
import { AuthSessionCreateFailedResultSchema } from './AuthSessionCreateFailedResult';
import { AuthSessionCreatePendingResultSchema } from './AuthSessionCreatePendingResult';
import { AuthSessionCreateRequestedMoreInfoResultSchema } from './AuthSessionCreateRequestedMoreInfoResult';

/**
 * A plain `z.union` (not a discriminated union), tried in the SDK's order: the first member that
 * accepts the value wins, so `{ "status": "pending", "authSessionId": "x" }` is a pending result.
 */
export const AuthSessionCreateResultSchema = z.union([
	AuthSessionCreatePendingResultSchema,
	AuthSessionCreateDoneResultSchema,
	AuthSessionCreateRequestedMoreInfoResultSchema,
	AuthSessionCreateFailedResultSchema,
]);
export type AuthSessionCreateResult = z.infer<typeof AuthSessionCreateResultSchema>;
