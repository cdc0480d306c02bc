/**
 * Where a long name may wrap: before each capitalised word (`CreateOr|Update`, `HTTP|Response`)
 * and after a `_` or `.` between words (`info_|request_|id`, `Status.|Started`). Never inside a
 * word.
 */
const WORD_JOINT = /(?<=[A-Za-z0-9])(?=[A-Z][a-z])|(?<=[A-Za-z0-9]{2}[_.])(?=[A-Za-z0-9]{2})/;

/**
 * Names shorter than this stay whole: they fit every line the site has (a phone's page title holds
 * about 15 characters), and prose words such as TypeScript or operationId read badly when split.
 */
export const SHORTEST_SPLIT_NAME = 12;

/** The pieces of a name between its word joints; joined back they are the name. */
export function nameWords(name: string): string[] {
	return name.length < SHORTEST_SPLIT_NAME ? [name] : name.split(WORD_JOINT);
}
