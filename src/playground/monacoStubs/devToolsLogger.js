// Stand-in for the observable library's dev-tools logger (see scripts/viteMonacoStubs.mjs): Monaco
// only installs it when VS Code's developer flag VSCODE_DEV_DEBUG_OBSERVABLES is set.
export class DevToolsLogger {
	static getInstance() {
		throw new Error('The observable dev-tools logger is not part of this Monaco build.');
	}
}
