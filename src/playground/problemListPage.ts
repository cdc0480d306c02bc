/** How many problems the list draws at first, and each time the reader asks for more. */
export const PROBLEM_LIST_BATCH = 100;

/**
 * Of a new verdict's first batch, the rows drawn in the verdict's own frame: more than the list's
 * view shows. The rest of the batch follows after that frame, so a paste's verdict is not held
 * back by laying out rows scrolled out of view.
 */
export const ROWS_WITH_VERDICT = 12;

export interface ProblemListPage {
	/** How many of the listable problems to draw. */
	count: number;
	/** How many of them to draw at once; the rest (up to `count`) after the next frame. */
	now: number;
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
	/** Rows of a new verdict's first batch drawn at once. */
	withVerdict?: number;
}

/**
 * What the problem list draws: the first batch of a new verdict (its first rows with the verdict,
 * the rest after that frame), one more batch each time the reader asks. Drawing 500 rows after a
 * 1 MB paste costs more than the paste itself; a hundred rows are more than a reader goes through
 * before fixing the first ones.
 */
export function problemListPage({
	listable,
	unlisted,
	batches,
	batch = PROBLEM_LIST_BATCH,
	withVerdict = ROWS_WITH_VERDICT,
}: ProblemListPageOptions): ProblemListPage {
	const count = Math.min(listable, batches * batch);
	const undrawn = listable - count;
	// A batch the reader asked for is drawn whole: the keyboard goes on into it.
	const page: ProblemListPage = { count, now: batches === 1 ? Math.min(count, withVerdict) : count };
	if (undrawn + unlisted > 0) page.rest = `…and ${undrawn + unlisted} more.`;
	if (undrawn > 0) page.more = `Show ${Math.min(batch, undrawn)} more`;
	return page;
}
