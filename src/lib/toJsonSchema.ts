import { zodToJsonSchema } from 'zod-to-json-schema';
import { SDK_PACKAGE, SDK_VERSION, type ModelEntry } from '../schemas/registry';
import { schemaFilePath } from './paths';
import { toWireValue } from './toWireValue';

export type JsonSchema = Record<string, unknown>;

export interface ToJsonSchemaOptions {
	/** Absolute origin (and base) of the site, used for `$id`, e.g. `http://127.0.0.1:4321`. */
	site: string;
	/**
	 * `wire` (the default, and the published file): the JSON on the wire. `sdk`: the SDK's
	 * TypeScript value, for TypeScript mode's completion where some key is renamed.
	 */
	side?: 'wire' | 'sdk';
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * The model's published JSON Schema (draft-07).
 *
 * `removeAdditionalStrategy: 'strict'` makes a plain `z.object` (Zod's default "strip" mode)
 * come out as `additionalProperties: true`: the SDK accepts unknown keys and drops them, so the
 * schema must not forbid them. A `.strict()` object still gets `false`. A renamed object's
 * transform is described by its input (`effectStrategy: 'input'`): the wire keys.
 */
export function toJsonSchema(model: ModelEntry, { site, side = 'wire' }: ToJsonSchemaOptions): JsonSchema {
	const converted = zodToJsonSchema(side === 'wire' ? model.schema : model.sdkSchema, {
		target: 'jsonSchema7',
		$refStrategy: 'none',
		removeAdditionalStrategy: 'strict',
		effectStrategy: 'input',
	}) as JsonSchema;
	assertConverted(model.name, converted);
	const { $schema: _ignored, ...body } = converted;
	return {
		$schema: DRAFT_07,
		$id: new URL(schemaFilePath(model.name), site).href,
		title: model.name,
		...(model.description && { description: model.description }),
		$comment: `Generated from the Zod schema ${SDK_PACKAGE} ${SDK_VERSION} validates ${model.name} with: the JSON on the wire.`,
		...body,
		examples: side === 'wire' ? model.examples.map((example) => toWireValue(model, example)) : [...model.examples],
	};
}

/** The exact text of the published file: the page shows these bytes and the endpoint serves them. */
export function toJsonSchemaText(model: ModelEntry, options: ToJsonSchemaOptions): string {
	return `${JSON.stringify(toJsonSchema(model, options), null, 2)}\n`;
}

/**
 * zod-to-json-schema returns a bare `{ $schema }` instead of throwing when handed a schema it
 * cannot read (a Zod 4 schema, say). Fail loudly, naming the model, rather than publish that.
 */
function assertConverted(name: string, converted: JsonSchema): void {
	const hasType = 'type' in converted || 'anyOf' in converted || 'enum' in converted;
	const emptyObject =
		converted.type === 'object' &&
		!('properties' in converted) &&
		!('additionalProperties' in converted);
	if (!hasType || emptyObject) {
		throw new Error(
			`JSON Schema for model "${name}" came out empty (${JSON.stringify(converted)}). ` +
				'Is its schema built with the Zod 3 API (`import * as z from "zod/v3"`)? ' +
				'zod-to-json-schema 3 cannot convert Zod 4 schemas.'
		);
	}
}
