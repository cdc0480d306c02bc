import { isIdentifierName } from './isIdentifierName';

export type JsonPath = readonly (string | number)[];

/** A JSON path as a reader writes it: `status`, `items[0].name`, `["odd key"]`; `(root)` for none. */
export function pathText(path: JsonPath): string {
	if (path.length === 0) return '(root)';
	let text = '';
	for (const segment of path) text = typeof segment === 'number' ? `${text}[${segment}]` : keyPathText(text, segment);
	return text;
}

/**
 * The text of a path one key longer than a path whose text is `parent` ('' for the empty path):
 * what `pathText` gives for it, without walking the path again (an object's unknown keys each
 * extend its path). `bare` and `quoted`, the key's `isIdentifierName` and `JSON.stringify`, may
 * be given by a caller that has them, so the key's characters are not looked at again.
 */
export function keyPathText(parent: string, key: string, bare = isIdentifierName(key), quoted?: string): string {
	if (bare) return parent === '' ? key : `${parent}.${key}`;
	return `${parent}[${quoted ?? JSON.stringify(key)}]`;
}
