import * as z from 'zod/v3';

/** Tried in the SDK's order: any object (a record of anything), then any array. */
export const APIParametersSchema = z.union([z.record(z.any()), z.array(z.any())]);
export type APIParameters = z.infer<typeof APIParametersSchema>;
