import * as z from 'zod/v3';
import { MultipleChoiceSchema } from './MultipleChoice';
import { OtpSchema } from './Otp';

/** A `z.union` tried in the SDK's order: the first member that accepts the value wins. */
export const DetailsSchema = z.union([OtpSchema, MultipleChoiceSchema]);
export type Details = z.infer<typeof DetailsSchema>;
