import type * as z from 'zod/v3';

/**
 * The issues of a failed `safeParse`, read without the cost of a stack trace: Zod makes its
 * `ZodError` (an `Error`, so the engine records where it was made) the first time `error` is read,
 * and that record cost more than the rest of a 1 KB check. The engine only reads the issues, so
 * the record is switched off while the error is made (`Error.stackTraceLimit`, a V8 setting that
 * other engines ignore) and put back after.
 */
export function zodIssues(result: z.SafeParseError<unknown>): z.ZodIssue[] {
	const own = Object.hasOwn(Error, 'stackTraceLimit');
	const limit = Error.stackTraceLimit;
	Error.stackTraceLimit = 0;
	try {
		return result.error.issues;
	} finally {
		// Put back as it was, absent included (engines without the setting).
		if (own) Error.stackTraceLimit = limit;
		else delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
	}
}
