// Stand-in for Monaco's editor worker service (see scripts/viteMonacoStubs.mjs). The worker computes
// word-based suggestions, links, diffs, unicode highlights, colours and formatting's minimal edits;
// the playground asks for none of them: suggestions come from the schema (word-based ones are off),
// and the features that would ask (links, diff, unicode highlighter, colour picker, in-place
// replace, suggestion locality) are not loaded or off. So no editor worker is ever started, and each
// question gets the answer Monaco gives for a model it cannot sync to a worker.
import { Disposable } from '../../../base/common/lifecycle.js';

export class EditorWorkerService extends Disposable {
	canComputeUnicodeHighlights() {
		return false;
	}
	async computedUnicodeHighlights() {
		return { ranges: [], hasMore: false, ambiguousCharacterCount: 0, invisibleCharacterCount: 0, nonBasicAsciiCharacterCount: 0 };
	}
	async computeDiff() {
		return null;
	}
	async computeMoreMinimalEdits(_resource, edits) {
		return edits;
	}
	canNavigateValueSet() {
		return false;
	}
	async navigateValueSet() {
		return null;
	}
	canComputeWordRanges() {
		return false;
	}
	async computeWordRanges() {
		return null;
	}
	async findSectionHeaders() {
		return [];
	}
	async computeDefaultDocumentColors() {
		return null;
	}
}

/** Backs `monaco.editor.createWebWorker`, which the playground's API stand-in (editorApi.js) leaves out. */
export class EditorWorkerClient {
	constructor() {
		throw new Error('Monaco web workers are not part of this Monaco build.');
	}
}
