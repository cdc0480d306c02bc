/** The text of one of the SDK's doc pages, e.g. `operations-project.authSessions.create.md`. */
export function readSeedDoc(name: string): string;
