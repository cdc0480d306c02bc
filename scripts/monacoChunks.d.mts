export declare const MONACO_CHUNKS: Readonly<Record<string, readonly string[]>>;
export declare function monacoChunkOf(id: string): string | undefined;
export declare function monacoCodeSplitting(): { groups: { debugName: string; name: (id: string) => string | null }[] };
