import { operations as allOperations, type OperationEntry } from '../schemas/operations';
import { modelLink } from './modelLink';
import { operationPagePath } from './paths';

export interface FlowStep {
	id: string;
	href: string;
	method: OperationEntry['method'];
	path: string;
	sdkMethod: string;
	description: string;
	/** The request body model, linked. */
	body?: { name: string; href: string };
	/** Each success response, linked. */
	responses: { status: number; name: string; href: string }[];
	/** What to do after each kind of response. */
	outcomes: { name: string; href: string; note: string; next?: { id: string; href: string } }[];
}

/** The auth-session creation flow, step by step, from the operations registry (home page). */
export function flowSteps(operations: readonly OperationEntry[] = allOperations): FlowStep[] {
	return operations.map((operation) => ({
		id: operation.id,
		href: operationPagePath(operation.id),
		method: operation.method,
		path: operation.path,
		sdkMethod: operation.sdkMethod,
		description: operation.description,
		...(operation.requestBody && { body: modelLink(operation.requestBody.model) }),
		responses: operation.responses.map((response) => ({ status: response.status, ...modelLink(response.model) })),
		outcomes: operation.outcomes.map((outcome) => ({
			...modelLink(outcome.when),
			note: outcome.note,
			...(outcome.next && { next: { id: outcome.next, href: operationPagePath(outcome.next) } }),
		})),
	}));
}
