export declare const MONACO_EDITOR_CHUNK: string;
export declare function staticImportsOf(entry: string, moduleInfo: (id: string) => { importedIds: readonly string[] } | null): Set<string>;
export declare function monacoCodeSplitting(options: { entry: string }): {
	groups: { debugName: string; priority?: number; name: (id: string, context: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => string | null }[];
};
