import { findModelBySchema, getModelByName, type ModelEntry } from '../schemas/registry';
import { modelLink, type ModelLink } from './modelLink';
import { operationErrors, SERVER_URL, type FieldSource, type OperationEntry } from '../schemas/operations';
import { curlCommand } from './curlCommand';
import { supportedTypes } from './fieldRows';
import { operationPagePath } from './paths';
import { sdkCallSnippet } from './sdkCallSnippet';
import { toWireValue } from './toWireValue';

export type { ModelLink };

export interface OperationPage {
	operation: OperationEntry;
	snippet: string;
	curl: string;
	/** "POST https://…/{workspaceId}/projects/{projectName}/auth-sessions/create". */
	serverUrl: string;
	parameters: (OperationEntry['parameters'][number] & { fromLink?: ModelLink & { field: string } })[];
	requestBody?: { model: ModelEntry; link: ModelLink; description: string; fieldsFrom: { field: string; from: ModelLink & { field: string } }[] };
	responses: { status: number; description: string; link: ModelLink; members: ModelLink[] }[];
	errors: typeof operationErrors;
	outcomes: { when: ModelLink; next?: { id: string; href: string }; note: string }[];
	headings: { depth: number; slug: string; text: string }[];
}

const sourceLink = (source: FieldSource) => ({ ...modelLink(source.model), field: source.field });

/** Everything an operation page shows, from the operations and models registries. */
export function operationPage(operation: OperationEntry): OperationPage {
	const bodyModel = operation.requestBody && getModelByName(operation.requestBody.model);
	const example = bodyModel?.examples[0];
	return {
		operation,
		snippet: sdkCallSnippet(operation, example),
		curl: curlCommand(operation, bodyModel ? { body: toWireValue(bodyModel, example) } : {}),
		serverUrl: SERVER_URL,
		parameters: operation.parameters.map((parameter) => ({
			...parameter,
			...(parameter.from && { fromLink: sourceLink(parameter.from) }),
		})),
		...(bodyModel && {
			requestBody: {
				model: bodyModel,
				link: modelLink(bodyModel.name),
				description: operation.requestBody!.description,
				fieldsFrom: Object.entries(operation.requestBody!.fieldsFrom ?? {}).map(([field, from]) => ({ field, from: sourceLink(from) })),
			},
		}),
		responses: operation.responses.map((response) => {
			const model = getModelByName(response.model);
			const members = supportedTypes(model.sdkSchema, { linkFor: findLinked });
			return {
				status: response.status,
				description: response.description,
				link: modelLink(model.name),
				members: members.flatMap((member) => (member.type[0]?.href ? [{ name: member.type[0].text, href: member.type[0].href }] : [])),
			};
		}),
		errors: operationErrors,
		outcomes: operation.outcomes.map((outcome) => ({
			when: modelLink(outcome.when),
			...(outcome.next && { next: { id: outcome.next, href: operationPagePath(outcome.next) } }),
			note: outcome.note,
		})),
		headings: [
			{ depth: 2, slug: 'sdk-call', text: 'SDK call' },
			{ depth: 2, slug: 'request', text: 'Request' },
			...(bodyModel ? [{ depth: 2, slug: 'try-it', text: 'Try the request body' }] : []),
			{ depth: 2, slug: 'responses', text: 'Responses' },
			{ depth: 2, slug: 'errors', text: 'Errors' },
			{ depth: 2, slug: 'next', text: 'What comes next' },
		],
	};
}

function findLinked(schema: Parameters<typeof findModelBySchema>[0]): ModelLink | undefined {
	const model = findModelBySchema(schema);
	return model && modelLink(model.name);
}
