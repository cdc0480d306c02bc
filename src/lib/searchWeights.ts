/**
 * Pagefind weight (`data-pagefind-weight`) of the names a reader searches for on a model page: its
 * field names and enum values. Pagefind weighs a page title 7, an h2 6, an h3 5 and body text 1;
 * at 8 a field or value counts above a title, so searching `operationId` or `requested_more_info`
 * puts the page that defines it first, above pages that only mention it.
 */
export const SEARCH_WEIGHT = 8;

/**
 * Weight of an operation's SDK title ("Create Auth Session - Resume") on its page: above field
 * names and enum values, so searching `resume` puts the operation first.
 */
export const OPERATION_SEARCH_WEIGHT = 10;

