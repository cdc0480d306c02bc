import * as z from 'zod/v3';

export const AuthSessionCreatePendingResultStatus = {
	Pending: 'pending',
} as const;
export type AuthSessionCreatePendingResultStatus =
	(typeof AuthSessionCreatePendingResultStatus)[keyof typeof AuthSessionCreatePendingResultStatus];
export const AuthSessionCreatePendingResultStatusSchema = z.nativeEnum(AuthSessionCreatePendingResultStatus);

export const AuthSessionCreatePendingResultSchema = z.object({
	status: AuthSessionCreatePendingResultStatusSchema.describe('Status of auth session creation operation'),
});
export type AuthSessionCreatePendingResult = z.infer<typeof AuthSessionCreatePendingResultSchema>;
