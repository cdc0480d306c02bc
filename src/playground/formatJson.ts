import { MAX_FORMAT_DEPTH } from '../validation/limits';
import { parseJson } from '../validation/parseJson';
import type { JsonNode } from '../validation/sourceTree';

export interface FormatJsonOptions {
	indent?: string;
	/** Deeper text is left as it is: pretty-printing it would make a wall of whitespace. */
	maxDepth?: number;
}

/**
 * Pretty-prints JSON text without re-serialising values: strings, numbers and duplicate keys stay
 * exactly as written, so formatting never changes what the SDK would see. Undefined when the text
 * is not JSON or nests deeper than `maxDepth`.
 */
export function formatJson(
	text: string,
	{ indent = '  ', maxDepth = MAX_FORMAT_DEPTH }: FormatJsonOptions = {}
): string | undefined {
	const parsed = parseJson(text);
	if (!parsed.ok || parsed.maxDepth > maxDepth) return undefined;
	return `${print(text, parsed.root, '', indent)}\n`;
}

function print(text: string, node: JsonNode, current: string, indent: string): string {
	const inner = current + indent;
	if (node.kind === 'object') {
		if (node.properties.length === 0) return '{}';
		const lines = node.properties.map(
			(property) =>
				`${inner}${text.slice(property.keySpan.start, property.keySpan.end)}: ${print(text, property.value, inner, indent)}`
		);
		return `{\n${lines.join(',\n')}\n${current}}`;
	}
	if (node.kind === 'array') {
		if (node.items.length === 0) return '[]';
		const lines = node.items.map((item) => `${inner}${print(text, item, inner, indent)}`);
		return `[\n${lines.join(',\n')}\n${current}]`;
	}
	return text.slice(node.start, node.end);
}
