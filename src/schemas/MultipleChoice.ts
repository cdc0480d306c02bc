import * as z from 'zod/v3';

export const RequestType = {
	MultipleChoice: 'multiple_choice',
} as const;
export type RequestType = (typeof RequestType)[keyof typeof RequestType];
export const RequestTypeSchema = z.nativeEnum(RequestType);

export const Action = {
	RequestMoreInfo: 'request_more_info',
} as const;
export type Action = (typeof Action)[keyof typeof Action];
export const ActionSchema = z.nativeEnum(Action);

export const MultipleChoiceSchema = z.object({
	choices: z.array(z.string()).describe('Multiple choice choices. An array of strings.'),
	requestType: RequestTypeSchema.describe('Type of the requested info.'),
	action: ActionSchema.describe('The requested action.'),
	messageToUser: z.string().describe('Message sent from the `create` file.'),
});
export type MultipleChoice = z.infer<typeof MultipleChoiceSchema>;
