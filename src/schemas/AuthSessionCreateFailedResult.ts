import * as z from 'zod/v3';

export const AuthSessionCreateFailedResultStatus = {
	Failed: 'failed',
} as const;
export type AuthSessionCreateFailedResultStatus =
	(typeof AuthSessionCreateFailedResultStatus)[keyof typeof AuthSessionCreateFailedResultStatus];
export const AuthSessionCreateFailedResultStatusSchema = z.nativeEnum(AuthSessionCreateFailedResultStatus);

export const AuthSessionCreateFailedResultSchema = z.object({
	status: AuthSessionCreateFailedResultStatusSchema.describe('Status of auth session creation operation.'),
	error: z.string().describe('Error code.'),
	message: z.string().describe('Error message.'),
});
export type AuthSessionCreateFailedResult = z.infer<typeof AuthSessionCreateFailedResultSchema>;
