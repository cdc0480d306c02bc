import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PROBLEM_LIST_BATCH, ROWS_WITH_VERDICT, problemListPage } from './problemListPage';

describe('problemListPage', () => {
	test('a short list is drawn whole, with nothing more to say', () => {
		expect(problemListPage({ listable: 3, unlisted: 0, batches: 1 })).toEqual({ count: 3, now: 3 });
	});

	test('a long list: the first batch, the rest counted, a button for the next batch', () => {
		expect(problemListPage({ listable: 500, unlisted: 19_500, batches: 1 })).toEqual({
			count: PROBLEM_LIST_BATCH,
			now: ROWS_WITH_VERDICT,
			rest: `…and ${20_000 - PROBLEM_LIST_BATCH} more.`,
			more: `Show ${PROBLEM_LIST_BATCH} more`,
		});
	});

	test('the last batch may be short; once every listable problem is drawn, only the count stays', () => {
		expect(problemListPage({ listable: 150, unlisted: 0, batches: 1, batch: 100 }).more).toBe('Show 50 more');
		expect(problemListPage({ listable: 500, unlisted: 7, batches: 5 })).toEqual({ count: 500, now: 500, rest: '…and 7 more.' });
	});

	test('every problem is either drawn or counted, and the button never promises more than remain', () => {
		fc.assert(
			fc.property(fc.nat(600), fc.nat(50_000), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 200 }), (listable, unlisted, batches, batch) => {
				const page = problemListPage({ listable, unlisted, batches, batch });
				expect(page.count).toBe(Math.min(listable, batches * batch));
				// A new verdict's first rows at once; a batch the reader asks for, whole.
				expect(page.now).toBe(batches === 1 ? Math.min(page.count, ROWS_WITH_VERDICT) : page.count);
				const previous = problemListPage({ listable, unlisted, batches: batches - 1, batch });
				if (page.count < listable) expect(page.count - previous.count).toBe(batch);
				const rest = page.rest === undefined ? 0 : Number(/\d+/.exec(page.rest)![0]);
				expect(page.count + rest).toBe(listable + unlisted);
				const more = page.more === undefined ? 0 : Number(/\d+/.exec(page.more)![0]);
				expect(more).toBe(Math.min(batch, listable - page.count));
			})
		);
	});
});
