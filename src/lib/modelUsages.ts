import * as z from 'zod/v3';
import { operations as allOperations, type OperationEntry } from '../schemas/operations';
import { findModelBySchema, getModelByName, models as allModels, type ModelEntry } from '../schemas/registry';
import { unwrapSchema } from '../validation/unwrapSchema';
import { modelPagePath, operationPagePath } from './paths';

/** A link with the words around it: "Request body of start". */
export interface Usage {
	text: string;
	/** One or more pages, e.g. "Path parameter of result, resume". */
	links: { label: string; href: string }[];
	/** Inline code after the link, e.g. the field that holds the model. */
	detail?: string;
}

export interface UsageOptions {
	registry?: readonly ModelEntry[];
	operations?: readonly OperationEntry[];
}

/**
 * Where a model is used: as an operation's request body or response, as a member of a union, as
 * the type of another model's field. Derived from the two registries, never written per page.
 */
export function modelUsages(model: ModelEntry, { registry = allModels, operations = allOperations }: UsageOptions = {}): Usage[] {
	const usages: Usage[] = [];
	const operationLink = (operation: OperationEntry) => ({ label: operation.id, href: operationPagePath(operation.id) });
	for (const operation of operations) {
		if (operation.requestBody?.model === model.name) usages.push({ text: 'Request body of', links: [operationLink(operation)] });
		for (const response of operation.responses) {
			if (response.model === model.name) usages.push({ text: `${response.status} response of`, links: [operationLink(operation)] });
		}
	}
	for (const other of registry) {
		if (other === model) continue;
		const { inner } = unwrapSchema(other.sdkSchema);
		const link = { label: other.name, href: modelPagePath(other.slug) };
		if (inner instanceof z.ZodUnion && (inner.options as z.ZodTypeAny[]).some((member) => findModelBySchema(member, [model]))) {
			usages.push({ text: 'Member of', links: [link] });
		}
		if (inner instanceof z.ZodObject) {
			for (const [key, field] of Object.entries(inner.shape as z.ZodRawShape)) {
				if (holds(field, model)) usages.push({ text: 'Type of a field of', links: [link], detail: key });
			}
		}
	}
	return usages;
}

/** True when the field's type is the model, an array of it or a record of it. */
function holds(field: z.ZodTypeAny, model: ModelEntry): boolean {
	if (findModelBySchema(field, [model])) return true;
	const { inner } = unwrapSchema(field);
	if (inner !== field && findModelBySchema(inner, [model])) return true;
	if (inner instanceof z.ZodArray) return holds(inner.element, model);
	if (inner instanceof z.ZodRecord) return holds(inner.valueSchema, model);
	return false;
}

/**
 * Where a field's value goes next in the flow, keyed by the field's SDK name: the seed's
 * `operationId` is the path parameter of result and resume; a requested-more-info result's `id`
 * is resume's `infoRequestId`.
 */
export function fieldDestinations(model: ModelEntry, operations: readonly OperationEntry[] = allOperations): Record<string, Usage[]> {
	const out: Record<string, Usage[]> = {};
	// One entry per kind of use: "Path parameter of result, resume (operationId)".
	const add = (field: string, text: string, link: Usage['links'][number], detail: string) => {
		const usages = (out[field] ??= []);
		const same = usages.find((usage) => usage.text === text && usage.detail === detail);
		if (same) same.links.push(link);
		else usages.push({ text, links: [link], detail });
	};
	for (const operation of operations) {
		const link = { label: operation.id, href: operationPagePath(operation.id) };
		for (const parameter of operation.parameters) {
			if (parameter.from?.model === model.name) add(parameter.from.field, 'Path parameter of', link, parameter.name);
		}
		const body = operation.requestBody;
		for (const [bodyField, source] of Object.entries(body?.fieldsFrom ?? {})) {
			if (source.model === model.name) {
				const bodyModel = getModelByName(body!.model);
				add(source.field, 'Sent in the body of', link, `${bodyModel.name}.${bodyField}`);
			}
		}
	}
	return out;
}
