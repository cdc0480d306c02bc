import type { Verdict } from '../validation/validate';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The status line: "Valid", "Valid, 1 warning", "Invalid: 2 errors", "Invalid: 1 error, 1 warning". */
export function verdictSummary(verdict: Pick<Verdict, 'valid' | 'errorCount' | 'warningCount'>): string {
	const warnings = verdict.warningCount > 0 ? count(verdict.warningCount, 'warning') : '';
	if (verdict.valid) return warnings ? `Valid, ${warnings}` : 'Valid';
	return `Invalid: ${[count(verdict.errorCount, 'error'), warnings].filter(Boolean).join(', ')}`;
}
