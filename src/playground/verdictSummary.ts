import type { Verdict } from '../validation/validate';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

type Counts = Pick<Verdict, 'valid' | 'errorCount' | 'warningCount'>;

/** The status line: "Valid", "Valid, 1 warning", "Invalid: 2 errors", "Invalid: 1 error, 1 warning". */
export function verdictSummary(verdict: Counts): string {
	const warnings = verdict.warningCount > 0 ? count(verdict.warningCount, 'warning') : '';
	if (verdict.valid) return warnings ? `Valid, ${warnings}` : 'Valid';
	return `Invalid: ${[count(verdict.errorCount, 'error'), warnings].filter(Boolean).join(', ')}`;
}

/** The status line's look: `valid`, `warning` (valid with warnings) or `invalid`. */
export function verdictState(verdict: Counts): 'valid' | 'warning' | 'invalid' {
	return verdict.valid ? (verdict.warningCount > 0 ? 'warning' : 'valid') : 'invalid';
}
