import { isIdentifierName } from './isIdentifierName';

export type JsonPath = readonly (string | number)[];

/** A JSON path as a reader writes it: `status`, `items[0].name`, `["odd key"]`; `(root)` for none. */
export function pathText(path: JsonPath): string {
	if (path.length === 0) return '(root)';
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else if (isIdentifierName(segment)) text += text === '' ? segment : `.${segment}`;
		else text += `[${JSON.stringify(segment)}]`;
	}
	return text;
}
