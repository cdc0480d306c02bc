/** How many problems the list draws at first, and each time the reader asks for more. */
export const PROBLEM_LIST_BATCH = 100;

export interface ProblemListPage {
	/** How many of the listable problems to draw. */
	count: number;
	/** "…and N more.": problems not drawn (not yet, or beyond what the list ever holds). */
	rest?: string;
	/** The button that draws the next batch, while listable problems remain undrawn. */
	more?: string;
}

export interface ProblemListPageOptions {
	/** Problems the list can hold (the verdict's first `MAX_SHOWN_PROBLEMS`). */
	listable: number;
	/** Problems it never holds: past `MAX_SHOWN_PROBLEMS`, and warnings only counted. */
	unlisted: number;
	/** Batches the reader has asked for: 1 for a new verdict, one more for each "Show more". */
	batches: number;
	batch?: number;
}

/**
 * What the problem list draws: the first batch of a new verdict, one more batch each time the
 * reader asks. Drawing 500 rows after a 1 MB paste costs more than the paste itself; a hundred
 * rows are more than a reader goes through before fixing the first ones.
 */
export function problemListPage({ listable, unlisted, batches, batch = PROBLEM_LIST_BATCH }: ProblemListPageOptions): ProblemListPage {
	const count = Math.min(listable, batches * batch);
	const undrawn = listable - count;
	const page: ProblemListPage = { count };
	if (undrawn + unlisted > 0) page.rest = `…and ${undrawn + unlisted} more.`;
	if (undrawn > 0) page.more = `Show ${Math.min(batch, undrawn)} more`;
	return page;
}
