// The one name the playground takes from a module of Monaco's that ships no types, as the build
// patches it (scripts/viteMonacoLateFeatures.mjs).
declare module 'monaco-editor/editor/standalone/browser/standaloneServices' {
	export const StandaloneServices: {
		/** Gives what was registered since the editor's services were made to them and to every editor. */
		takeLateRegistrations(): void;
	};
}
