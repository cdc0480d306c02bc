/**
 * Pagefind weight (`data-pagefind-weight`) of the names a reader searches for on a model page: its
 * field names and enum values. Pagefind weighs a page title 7, an h2 6, an h3 5 and body text 1;
 * at 5 a field or value counts like a sub-heading, so searching `operationId` or `started` puts the
 * page that defines it above pages that only mention it.
 */
export const SEARCH_WEIGHT = 5;
