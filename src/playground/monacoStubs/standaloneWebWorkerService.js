// Stand-in for the standalone editor's web worker service (see scripts/viteMonacoStubs.mjs): it
// starts Monaco's workers (through `MonacoEnvironment.getWorker`). Only the editor worker service
// and `monaco.editor.createWebWorker` ask it for one, and the playground has neither (see
// editorWorkerService.js and editorApi.js), so no Monaco worker is ever started.
export class StandaloneWebWorkerService {
	createWorkerClient() {
		throw new Error('Monaco web workers are not part of this Monaco build.');
	}
	getWorkerUrl() {
		throw new Error('Monaco web workers are not part of this Monaco build.');
	}
}
