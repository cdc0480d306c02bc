import type { APIRoute, GetStaticPaths } from 'astro';
import { toJsonSchemaText } from '../../lib/toJsonSchema';
import { models, type ModelEntry } from '../../schemas/registry';

export const getStaticPaths = (() =>
	models.map((model) => ({ params: { name: model.name }, props: { model } }))) satisfies GetStaticPaths;

/** The published JSON Schema file: the very text the model page shows. */
export const GET: APIRoute<{ model: ModelEntry }> = ({ props, site }) =>
	new Response(toJsonSchemaText(props.model, { site: site!.href }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
