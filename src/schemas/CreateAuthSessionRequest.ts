import * as z from 'zod/v3';
import { APIParametersSchema } from './APIParameters';

/** The body of `start`: every key optional, none nullable; `{}` is a valid body. */
export const CreateAuthSessionRequestSchema = z.object({
	id: z.string().optional().describe('Auth session id, can contain letters, numbers and hyphens, default is a random uuid'),
	parameters: APIParametersSchema.optional().describe('The parameters to be passed to the API.'),
	proxy: z.string().optional().describe('Proxy URL following this format `http://username:password@domain:port`'),
});
export type CreateAuthSessionRequest = z.infer<typeof CreateAuthSessionRequestSchema>;
