// The SDK's own generated docs (version 0.3.12) that the team keeps beside the repository in
// ../shared/seed/ (CI lays a copy there too): tests read the docs' real examples from it, so the
// site is checked against what the SDK's documentation says, not against a copy of it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED_DOCS = new URL('../../shared/seed/sdk-0.3.12-docs/', import.meta.url);

/** The text of one of the SDK's doc pages, e.g. `operations-project.authSessions.create.md`. */
export function readSeedDoc(name) {
	const url = new URL(name, SEED_DOCS);
	if (!existsSync(url)) {
		throw new Error(`The SDK docs are not beside the repository: ${fileURLToPath(url)} is missing (../shared/seed/ holds them).`);
	}
	return readFileSync(url, 'utf8');
}
