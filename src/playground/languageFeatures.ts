import { isIdentifierName } from '../validation/isIdentifierName';
import type { SdkConstants } from '../validation/typeScriptExpressions';
import { cursorContext, type CursorContextOptions } from './cursorContext';
import { narrowUnion, schemaAt, schemaTypeLabel, type JsonSchemaNode } from './schemaAt';
import type { EditorMode } from './shareLink';

/** One completion, editor-agnostic: Monaco's provider maps these one to one. */
export interface CompletionEntry {
	label: string;
	kind: 'property' | 'value';
	insertText: string;
	/** What the typed text is matched against (includes the quote when the reader typed one). */
	filterText: string;
	detail: string;
	documentation?: string;
	/** Offsets of the text the completion replaces. */
	replace: { start: number; end: number };
}

export interface HoverInfo {
	/** Markdown: property name, type, required, description. */
	markdown: string;
	range: { start: number; end: number };
}


/** Key and value completions at `offset`, from the model's JSON Schema. */
export function completionsAt(
	text: string,
	offset: number,
	schema: JsonSchemaNode,
	mode: EditorMode,
	options: CursorContextOptions = {}
): CompletionEntry[] {
	const context = cursorContext(text, offset, options);
	const token = context.token;
	const replace = token ? { start: token.start, end: token.end } : { start: offset, end: offset };
	const quotedPrefix = token?.quoted ? token.text[0] : '';

	if (context.slot === 'key') {
		const found = schemaAt(schema, context.path);
		// In a union, the tag already written (`"status": "pending"`) picks the member whose keys to offer.
		const object = found && context.presentValues ? narrowUnion(found, context.presentValues) : found;
		const required = new Set(object?.required ?? []);
		return Object.entries(object?.properties ?? {})
			.filter(([key]) => !context.presentKeys.includes(key))
			.map(([key, property]) => {
				const written = mode === 'typescript' && isIdentifierName(key) && !quotedPrefix ? key : JSON.stringify(key);
				return {
					label: key,
					kind: 'property' as const,
					insertText: `${written}: `,
					filterText: quotedPrefix ? `${quotedPrefix}${key}${quotedPrefix}` : key,
					detail: `${schemaTypeLabel(property)}${required.has(key) ? ' (required)' : ' (optional)'}`,
					...(property.description && { documentation: property.description }),
					replace,
				};
			});
	}
	if (context.slot === 'value') {
		const node = schemaAt(schema, context.path);
		if (!node) return [];
		const values: unknown[] = node.enum ?? [];
		const types = Array.isArray(node.type) ? node.type : [node.type];
		if (!node.enum && types.includes('boolean')) values.push(true, false);
		if (!node.enum && types.includes('null')) values.push(null);
		return values.map((value) => ({
			label: JSON.stringify(value),
			kind: 'value' as const,
			insertText: JSON.stringify(value),
			filterText: quotedPrefix && typeof value === 'string' ? `${quotedPrefix}${value}${quotedPrefix}` : JSON.stringify(value),
			detail: schemaTypeLabel(node),
			...(node.description && { documentation: node.description }),
			replace,
		}));
	}
	return [];
}

export interface HoverOptions extends CursorContextOptions {
	/** The SDK's enum constants (TypeScript mode): hovering `Enum.Member` shows its value. */
	constants?: SdkConstants;
}

/**
 * What hovering a key or a value shows: the property's type, whether it is required, its
 * description; on an SDK constant (`Status.Started`), first the value it stands for.
 */
export function hoverAt(text: string, offset: number, schema: JsonSchemaNode, options: HoverOptions = {}): HoverInfo | undefined {
	const field = fieldHover(text, offset, schema, options);
	const constant = options.constants && constantAt(text, offset, options.constants);
	if (!constant) return field;
	const line = `**${constant.name}** = \`${JSON.stringify(constant.value)}\` (SDK constant)`;
	return { markdown: field ? `${line}\n\n${field.markdown}` : line, range: constant.range };
}

/** The SDK constant (`Enum.Member` or `ns.Enum.Member`) the offset is in, if it is one. */
function constantAt(
	text: string,
	offset: number,
	constants: SdkConstants
): { name: string; value: string | number; range: { start: number; end: number } } | undefined {
	const part = /[\p{ID_Continue}$.\u200c\u200d]/u;
	if (!part.test(text[offset] ?? '')) return undefined;
	let start = offset;
	let end = offset;
	while (start > 0 && part.test(text[start - 1]!)) start--;
	while (end < text.length && part.test(text[end]!)) end++;
	const names = text.slice(start, end).split('.');
	if (names.length !== 2 && names.length !== 3) return undefined;
	const [name, key] = names.slice(-2) as [string, string];
	if (!Object.hasOwn(constants, name) || !Object.hasOwn(constants[name]!, key)) return undefined;
	return { name: `${name}.${key}`, value: constants[name]![key]!, range: { start, end } };
}

function fieldHover(text: string, offset: number, schema: JsonSchemaNode, options: CursorContextOptions): HoverInfo | undefined {
	// Look from just inside the token, so a hover at a token's first character still finds it.
	const context = cursorContext(text, offset + 1, options);
	const token = context.token;
	if (!token || offset < token.start || offset >= token.end) return undefined;
	const path = context.slot === 'key' || context.slot === 'none' ? [...context.path, token.value] : context.path;
	const name = path.at(-1);
	if (name === undefined) return undefined;
	const parent = schemaAt(schema, path.slice(0, -1));
	const node = schemaAt(schema, path);
	if (!node || typeof name !== 'string') return undefined;
	const required = parent?.required?.includes(name);
	const lines = [
		`**${name}**: \`${schemaTypeLabel(node)}\`${required === undefined ? '' : required ? ' (required)' : ' (optional)'}`,
	];
	if (node.description) lines.push('', node.description);
	return { markdown: lines.join('\n'), range: { start: token.start, end: token.end } };
}

