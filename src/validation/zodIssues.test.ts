import { describe, expect, test } from 'vitest';
import * as z from 'zod/v3';
import { zodIssues } from './zodIssues';

describe('zodIssues', () => {
	const schema = z.object({ status: z.literal('started'), count: z.number() });

	test('gives the issues Zod reports, unchanged', () => {
		const result = schema.safeParse({ status: 'Started' });
		if (result.success) throw new Error('expected a failed parse');
		const issues = zodIssues(result);
		expect(issues).toEqual(schema.safeParse({ status: 'Started' }).error!.issues);
		expect(issues.map((issue) => issue.path.join('.'))).toEqual(['status', 'count']);
	});

	test('makes the error without a stack trace, and leaves the stack trace limit as it was', () => {
		const before = Error.stackTraceLimit;
		const result = schema.safeParse(null);
		if (result.success) throw new Error('expected a failed parse');
		zodIssues(result);
		expect(result.error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '))).toEqual([]);
		expect(Error.stackTraceLimit).toBe(before);
	});

	test('where the engine has no stack trace limit, none is left behind', () => {
		const before = Error.stackTraceLimit;
		delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
		try {
			const result = schema.safeParse(null);
			if (result.success) throw new Error('expected a failed parse');
			expect(zodIssues(result)).toHaveLength(1);
			expect(Object.hasOwn(Error, 'stackTraceLimit')).toBe(false);
		} finally {
			Error.stackTraceLimit = before;
		}
	});
});
