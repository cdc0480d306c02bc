import { isIdentifierName } from '../validation/isIdentifierName';

export interface ToTypeScriptLiteralOptions {
	/** Indentation unit. */
	indent?: string;
}

/**
 * A JSON value written as a TypeScript literal, the way the SDK's docs write values: unquoted keys
 * where they are identifiers, double-quoted strings, trailing commas on multi-line objects/arrays.
 */
export function toTypeScriptLiteral(
	value: unknown,
	{ indent = '  ' }: ToTypeScriptLiteralOptions = {}
): string {
	return print(value, '', indent);
}

function print(value: unknown, current: string, indent: string): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
	const inner = current + indent;
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const items = value.map((item) => `${inner}${print(item, inner, indent)},`);
		return `[\n${items.join('\n')}\n${current}]`;
	}
	const entries = Object.entries(value);
	if (entries.length === 0) return '{}';
	const lines = entries.map(
		([key, item]) => `${inner}${propertyKey(key)}: ${print(item, inner, indent)},`
	);
	return `{\n${lines.join('\n')}\n${current}}`;
}

function propertyKey(key: string): string {
	return isIdentifierName(key) ? key : JSON.stringify(key);
}
