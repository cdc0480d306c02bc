// Stand-in for the main-thread copy of Monaco's editor worker (see scripts/viteMonacoStubs.mjs).
// Monaco falls back to running the worker's code on the page when the worker cannot start; the
// playground never asks the worker for anything (no diffs, links, colours or word-based
// suggestions), so neither the worker nor this fallback ever runs. The worker file itself is
// bundled separately and keeps the real module.
export class EditorWorker {
	constructor() {
		throw new Error('The editor worker fallback is not part of this Monaco build.');
	}
}
