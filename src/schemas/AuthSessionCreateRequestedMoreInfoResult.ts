import * as z from 'zod/v3';
import { DetailsSchema } from './Details';

export const AuthSessionCreateRequestedMoreInfoResultStatus = {
	RequestedMoreInfo: 'requested_more_info',
} as const;
export type AuthSessionCreateRequestedMoreInfoResultStatus =
	(typeof AuthSessionCreateRequestedMoreInfoResultStatus)[keyof typeof AuthSessionCreateRequestedMoreInfoResultStatus];
export const AuthSessionCreateRequestedMoreInfoResultStatusSchema = z.nativeEnum(
	AuthSessionCreateRequestedMoreInfoResultStatus
);

export const AuthSessionCreateRequestedMoreInfoResultSchema = z.object({
	status: AuthSessionCreateRequestedMoreInfoResultStatusSchema.describe('Status of the auth session creation operation'),
	id: z.string().describe('The ID of the info request action. Used in resuming the creation.'),
	details: DetailsSchema,
});
export type AuthSessionCreateRequestedMoreInfoResult = z.infer<typeof AuthSessionCreateRequestedMoreInfoResultSchema>;
