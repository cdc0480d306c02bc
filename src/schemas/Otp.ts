import * as z from 'zod/v3';

export const DetailsRequestType = {
	Otp: 'otp',
} as const;
export type DetailsRequestType = (typeof DetailsRequestType)[keyof typeof DetailsRequestType];
export const DetailsRequestTypeSchema = z.nativeEnum(DetailsRequestType);

export const DetailsAction = {
	RequestMoreInfo: 'request_more_info',
} as const;
export type DetailsAction = (typeof DetailsAction)[keyof typeof DetailsAction];
export const DetailsActionSchema = z.nativeEnum(DetailsAction);

export const OtpSchema = z.object({
	requestType: DetailsRequestTypeSchema.describe('Type of the requested info.'),
	action: DetailsActionSchema.describe('The requested action.'),
	messageToUser: z.string().describe('Message sent from the `create` file.'),
});
export type Otp = z.infer<typeof OtpSchema>;
