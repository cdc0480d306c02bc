import { getModelByName } from '../schemas/registry';
import { modelPagePath } from './paths';

export interface ModelLink {
	name: string;
	href: string;
}

/** The name and page of a documented model; throws for a name the registry does not know. */
export function modelLink(name: string): ModelLink {
	const model = getModelByName(name);
	return { name: model.name, href: modelPagePath(model.slug) };
}
