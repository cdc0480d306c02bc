import { toTypeScriptLiteral } from '../lib/toTypeScriptLiteral';
import { SYNC_VALIDATION_SIZE_TEXT } from '../validation/limits';
import type { ShownVerdict } from '../validation/validate';
import type { EditorMode } from './shareLink';

export interface SdkOutputView {
	title: string;
	note: string;
	/** The value to show, or undefined when there is none to show. */
	text?: string;
}

/**
 * "What the SDK gets" beside a valid value: Zod's parse output, never a second rule set. In JSON
 * mode the text is the JSON on the wire and the output is the SDK's value (what `result()` returns
 * for a response); in TypeScript mode the text is the SDK's value and the output is the JSON the
 * SDK sends.
 */
export function sdkOutputView(
	verdict: Pick<ShownVerdict, 'valid' | 'output'> & Partial<Pick<ShownVerdict, 'notCheckedCount'>>,
	mode: EditorMode
): SdkOutputView {
	const title = mode === 'json' ? 'What the SDK gets' : 'What the SDK sends';
	if (!verdict.valid) return { title, note: 'Shown once the value is valid.' };
	if (verdict.notCheckedCount) return { title, note: 'Not shown: part of the value is only known when the code runs.' };
	if (!verdict.output) return { title, note: `Shown for values up to ${SYNC_VALIDATION_SIZE_TEXT}.` };
	return mode === 'json'
		? {
				title,
				note: 'The value after the SDK’s parse, as its TypeScript type: unknown keys dropped, keys in their SDK names.',
				text: toTypeScriptLiteral(verdict.output.value),
			}
		: {
				title,
				note: 'The JSON after the SDK’s parse: unknown keys dropped, keys in their wire names.',
				text: `${JSON.stringify(verdict.output.value, null, 2)}\n`,
			};
}
