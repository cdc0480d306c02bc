import * as z from 'zod/v3';

export const AuthSessionCreateDoneResultStatus = {
	Done: 'done',
} as const;
export type AuthSessionCreateDoneResultStatus =
	(typeof AuthSessionCreateDoneResultStatus)[keyof typeof AuthSessionCreateDoneResultStatus];
export const AuthSessionCreateDoneResultStatusSchema = z.nativeEnum(AuthSessionCreateDoneResultStatus);

export const AuthSessionCreateDoneResultSchema = z.object({
	status: AuthSessionCreateDoneResultStatusSchema.describe('Status of auth session creation operation'),
	authSessionId: z.string().describe('Auth session ID'),
});
export type AuthSessionCreateDoneResult = z.infer<typeof AuthSessionCreateDoneResultSchema>;
