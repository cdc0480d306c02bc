import type * as z from 'zod/v3';
import { SDK_PACKAGE, SDK_VERSION, findModelBySchema, type ModelEntry } from '../schemas/registry';
import { enumMembers, type EnumMember } from '../validation/enumMembers';
import { exampleSnippet } from './exampleSnippet';
import { fieldRows, supportedTypes, type FieldRow, type SupportedType } from './fieldRows';
import { modelKind, type ModelKind } from './modelKind';
import { fieldDestinations, modelUsages, type Usage } from './modelUsages';
import { modelPagePath, schemaFilePath } from './paths';
import { toJsonSchemaText } from './toJsonSchema';

/** A section of a model page: its anchor and heading, in page order (the table of contents too). */
export interface PageSection {
	id: 'example-usage' | 'fields' | 'values' | 'supported-types' | 'try-it' | 'json-schema';
	title: string;
}

export interface ModelPage {
	model: ModelEntry;
	kind: ModelKind;
	/** "@intuned/client 0.3.12". */
	sdk: string;
	snippet: string;
	rows: FieldRow[];
	/** Where each field's value goes next in the flow, by field name. */
	destinations: Record<string, Usage[]>;
	members: EnumMember[];
	/** What an enum's Values table says about matching, from the schema (closed enums match exactly). */
	valuesNote: string;
	supportedTypes: SupportedType[];
	usages: Usage[];
	schemaText: string;
	/** Lines of the schema text: a long one starts folded. */
	schemaLines: number;
	schemaHref: string;
	sections: PageSection[];
	headings: { depth: number; slug: string; text: string }[];
}

export interface ModelPageOptions {
	site: string;
	registry?: readonly ModelEntry[];
}

const MAIN_SECTION: Record<ModelKind, PageSection> = {
	object: { id: 'fields', title: 'Fields' },
	enum: { id: 'values', title: 'Values' },
	union: { id: 'supported-types', title: 'Supported Types' },
};

/** Everything a model page shows, computed once so the page template only renders it. */
export function modelPage(model: ModelEntry, { site, registry }: ModelPageOptions): ModelPage {
	const kind = modelKind(model.schema);
	const linkFor = (schema: z.ZodTypeAny) => {
		const target = findModelBySchema(schema, registry);
		return target && target !== model ? { name: target.name, href: modelPagePath(target.slug) } : undefined;
	};
	const members = enumMembers(model.schema);
	const schemaText = toJsonSchemaText(model, { site });
	const sections: PageSection[] = [
		{ id: 'example-usage', title: 'Example Usage' },
		MAIN_SECTION[kind],
		{ id: 'try-it', title: 'Try it' },
		{ id: 'json-schema', title: 'JSON Schema' },
	];
	return {
		model,
		kind,
		sdk: `${SDK_PACKAGE} ${SDK_VERSION}`,
		snippet: exampleSnippet(model, model.examples[0]),
		rows: kind === 'object' ? fieldRows(model.sdkSchema, { linkFor }) : [],
		destinations: fieldDestinations(model),
		members,
		valuesNote:
			members.length === 1
				? `A closed enum with one value: a value is accepted only if it is exactly ${JSON.stringify(members[0]!.value)} (case and spaces count).`
				: 'A closed enum: a value is accepted only if it equals one of these exactly (case and spaces count).',
		supportedTypes: supportedTypes(model.sdkSchema, {
			linkFor,
			descriptionOf: (schema) => findModelBySchema(schema, registry)?.description,
		}),
		usages: modelUsages(model, { ...(registry && { registry }) }),
		schemaText,
		schemaLines: schemaText.split('\n').length - 1,
		schemaHref: schemaFilePath(model.name),
		sections,
		headings: sections.map((section) => ({ depth: 2, slug: section.id, text: section.title })),
	};
}
