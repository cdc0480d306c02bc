// Stand-in for Monaco's minimap (see scripts/viteMonacoStubs.mjs). The playground turns the minimap
// off (`minimap: { enabled: false }`); the editor view still creates this part and places its
// (here empty) element, so it is a view part that draws nothing.
import { createFastDomNode } from '../../../../base/browser/fastDomNode.js';
import { ViewPart } from '../../view/viewPart.js';

export class Minimap extends ViewPart {
	constructor(context) {
		super(context);
		this._domNode = createFastDomNode(document.createElement('div'));
		this._domNode.setClassName('minimap');
		this._domNode.setPosition('absolute');
		this._domNode.setWidth(0);
		this._domNode.setAttribute('aria-hidden', 'true');
	}
	getDomNode() {
		return this._domNode;
	}
	prepareRender() {}
	render() {}
}
