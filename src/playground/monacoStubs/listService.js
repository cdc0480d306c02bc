// Stand-in for Monaco's workbench list service (see scripts/viteMonacoStubs.mjs). It tracks
// workbench lists and trees (quick input, peek references), none of which the playground has; the
// suggest widget uses the plain list widget and does not register here.
import { createDecorator } from '../../instantiation/common/instantiation.js';

export const IListService = createDecorator('listService');

export class ListService {
	get lastFocusedList() {
		return undefined;
	}
	register() {
		return { dispose() {} };
	}
	dispose() {}
}
