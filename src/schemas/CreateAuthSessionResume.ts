import * as z from 'zod/v3';

export const CreateAuthSessionResumeStatus = {
	Resumed: 'resumed',
} as const;
export type CreateAuthSessionResumeStatus =
	(typeof CreateAuthSessionResumeStatus)[keyof typeof CreateAuthSessionResumeStatus];
export const CreateAuthSessionResumeStatusSchema = z.nativeEnum(CreateAuthSessionResumeStatus);

export const CreateAuthSessionResumeSchema = z.object({
	status: CreateAuthSessionResumeStatusSchema,
});
export type CreateAuthSessionResume = z.infer<typeof CreateAuthSessionResumeSchema>;
