import { describe, expect, test } from 'vitest';
import { formatJson } from './formatJson';
import { isMac, tabFocusKey } from './keyboardHint';
import { severityLabel, verdictState, verdictSummary } from './verdictSummary';

describe('formatJson', () => {
	test('pretty-prints, keeping values and duplicate keys exactly as written', () => {
		expect(formatJson('{"a":1.50,"a":[],"b":{"c":"\\u0041"},"d":[1,{}]}')).toBe(
			'{\n  "a": 1.50,\n  "a": [],\n  "b": {\n    "c": "\\u0041"\n  },\n  "d": [\n    1,\n    {}\n  ]\n}\n'
		);
	});

	test('leaves invalid or very deep text alone', () => {
		expect(formatJson('{"a": 1,}')).toBeUndefined();
		expect(formatJson('['.repeat(500) + ']'.repeat(500))).toBeUndefined();
	});
});

describe('verdictSummary', () => {
	test.each([
		[{ valid: true, errorCount: 0, warningCount: 0 }, 'Valid'],
		[{ valid: true, errorCount: 0, warningCount: 1 }, 'Valid, 1 warning'],
		[{ valid: true, errorCount: 0, warningCount: 3 }, 'Valid, 3 warnings'],
		[{ valid: false, errorCount: 1, warningCount: 0 }, 'Invalid: 1 error'],
		[{ valid: false, errorCount: 2, warningCount: 1 }, 'Invalid: 2 errors, 1 warning'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 0 }, 'Valid'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 1 }, 'Valid as far as checked: 1 part not checked'],
		[{ valid: true, errorCount: 0, warningCount: 1, notCheckedCount: 2 }, 'Valid as far as checked: 1 warning, 2 parts not checked'],
		[{ valid: false, errorCount: 1, warningCount: 0, notCheckedCount: 1 }, 'Invalid: 1 error, 1 part not checked'],
	])('%j -> %s', (verdict, text) => {
		expect(verdictSummary(verdict)).toBe(text);
	});

	test.each([
		[{ valid: false, errorCount: 1, warningCount: 0, notCheckedCount: 1 }, 'invalid'],
		[{ valid: true, errorCount: 0, warningCount: 1, notCheckedCount: 1 }, 'warning'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 1 }, 'partial'],
		[{ valid: true, errorCount: 0, warningCount: 0, notCheckedCount: 0 }, 'valid'],
	])('state of %j: %s', (verdict, state) => {
		expect(verdictState(verdict)).toBe(state);
	});

	test('severity labels: a part not checked is no error', () => {
		expect((['error', 'warning', 'info'] as const).map(severityLabel)).toEqual(['Error', 'Warning', 'Not checked']);
	});
});

describe('keyboard hint', () => {
	test('Ctrl+M, or Ctrl+Shift+M on macOS', () => {
		expect(tabFocusKey(isMac('MacIntel'))).toBe('Ctrl+Shift+M');
		expect(tabFocusKey(isMac('Linux x86_64', 'Mozilla/5.0 (X11; Linux x86_64)'))).toBe('Ctrl+M');
	});
});
