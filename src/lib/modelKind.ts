import * as z from 'zod/v3';
import { enumMembers } from '../validation/enumMembers';
import { unwrapSchema } from '../validation/unwrapSchema';

/** What a model is, which decides its page's main section: Fields, Values or Supported Types. */
export type ModelKind = 'object' | 'enum' | 'union';

export function modelKind(schema: z.ZodTypeAny): ModelKind {
	const { inner } = unwrapSchema(schema);
	if (inner instanceof z.ZodUnion) return 'union';
	if (enumMembers(inner).length > 0) return 'enum';
	return 'object';
}

export interface ModelGroup<Entry> {
	kind: ModelKind;
	/** "Objects", "Unions", "Enums": the heading in the sidebar, the home page and the model picker. */
	label: string;
	entries: Entry[];
}

const GROUP_LABELS: Record<ModelKind, string> = { object: 'Objects', union: 'Unions', enum: 'Enums' };

/** Models grouped by kind, in that order (objects, unions, enums); groups with no model are left out. */
export function modelGroups<Entry extends { schema: z.ZodTypeAny }>(entries: readonly Entry[]): ModelGroup<Entry>[] {
	return (Object.keys(GROUP_LABELS) as ModelKind[])
		.map((kind) => ({ kind, label: GROUP_LABELS[kind], entries: entries.filter((entry) => modelKind(entry.schema) === kind) }))
		.filter((group) => group.entries.length > 0);
}
