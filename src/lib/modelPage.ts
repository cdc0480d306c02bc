import { findModelBySchema, type ModelEntry } from '../schemas/registry';
import { enumMembers, type EnumMember } from './enumMembers';
import { exampleSnippet } from './exampleSnippet';
import { fieldRows, type FieldRow } from './fieldRows';
import { modelPagePath, schemaFilePath } from './paths';
import { toJsonSchemaText } from './toJsonSchema';

export interface ModelPage {
	model: ModelEntry;
	/** `fields` for an object model, `values` for an enum. */
	kind: 'fields' | 'values';
	snippet: string;
	rows: FieldRow[];
	members: EnumMember[];
	schemaText: string;
	schemaHref: string;
	headings: { depth: number; slug: string; text: string }[];
}

export interface ModelPageOptions {
	site: string;
	registry?: readonly ModelEntry[];
}

/** Everything a model page shows, computed once so the page template only renders it. */
export function modelPage(model: ModelEntry, { site, registry }: ModelPageOptions): ModelPage {
	const members = enumMembers(model.schema);
	const kind = members.length > 0 ? 'values' : 'fields';
	const linkFor = (schema: ModelEntry['schema']) => {
		const target = findModelBySchema(schema, registry);
		return target && target !== model
			? { name: target.name, href: modelPagePath(target.slug) }
			: undefined;
	};
	return {
		model,
		kind,
		snippet: exampleSnippet(model, model.examples[0]),
		rows: kind === 'fields' ? fieldRows(model.schema, { linkFor }) : [],
		members,
		schemaText: toJsonSchemaText(model, { site }),
		schemaHref: schemaFilePath(model.name),
		headings: [
			{ depth: 2, slug: 'example-usage', text: 'Example Usage' },
			kind === 'fields'
				? { depth: 2, slug: 'fields', text: 'Fields' }
				: { depth: 2, slug: 'values', text: 'Values' },
			{ depth: 2, slug: 'try-it', text: 'Try it' },
			{ depth: 2, slug: 'json-schema', text: 'JSON Schema' },
		],
	};
}
