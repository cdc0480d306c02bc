/** Where each generated artefact lives on the site; every link and endpoint goes through here. */

export function modelPagePath(slug: string): string {
	return `/models/${slug}/`;
}

export function operationPagePath(id: string): string {
	return `/operations/${id}/`;
}

export function schemaFilePath(name: string): string {
	return `/schemas/${name}.json`;
}

export const PLAYGROUND_PATH = '/playground/';
