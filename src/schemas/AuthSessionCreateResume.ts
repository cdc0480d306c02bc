import * as z from 'zod/v3';
import { renamedObject } from './wireNames';

/**
 * The body of `resume`. The SDK's type says `infoRequestId`; on the wire the key is
 * `info_request_id`: the SDK's outbound schema renames it when it sends the body.
 */
export const {
	inbound: AuthSessionCreateResumeSchema,
	outbound: AuthSessionCreateResumeOutboundSchema,
} = renamedObject(
	{
		input: z.string().describe('The input to the resume operation.'),
		infoRequestId: z.string().describe('The ID of the request info action.'),
	},
	{ infoRequestId: 'info_request_id' }
);
export type AuthSessionCreateResume = z.output<typeof AuthSessionCreateResumeSchema>;
