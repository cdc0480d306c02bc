import type { Severity, Verdict } from '../validation/validate';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

type Counts = Pick<Verdict, 'valid' | 'errorCount' | 'warningCount'> & Partial<Pick<Verdict, 'notCheckedCount'>>;

/**
 * The status line: "Valid", "Valid, 1 warning", "Invalid: 2 errors, 1 warning"; with parts not
 * checked (TypeScript mode), "Valid as far as checked: 1 part not checked" or
 * "Invalid: 1 error, 1 part not checked".
 */
export function verdictSummary(verdict: Counts): string {
	const notChecked = verdict.notCheckedCount ?? 0;
	const warnings = verdict.warningCount > 0 ? count(verdict.warningCount, 'warning') : '';
	const parts = notChecked > 0 ? `${count(notChecked, 'part')} not checked` : '';
	if (verdict.valid) {
		if (parts) return `Valid as far as checked: ${[warnings, parts].filter(Boolean).join(', ')}`;
		return warnings ? `Valid, ${warnings}` : 'Valid';
	}
	return `Invalid: ${[count(verdict.errorCount, 'error'), warnings, parts].filter(Boolean).join(', ')}`;
}

/** How the status line looks (its `data-state`): invalid, valid with warnings, valid as far as checked, valid. */
export function verdictState(verdict: Counts): 'invalid' | 'warning' | 'partial' | 'valid' {
	if (!verdict.valid) return 'invalid';
	if (verdict.warningCount > 0) return 'warning';
	return (verdict.notCheckedCount ?? 0) > 0 ? 'partial' : 'valid';
}

/** A problem's severity as the problem list shows it. */
export function severityLabel(severity: Severity): string {
	return { error: 'Error', warning: 'Warning', info: 'Not checked' }[severity];
}

