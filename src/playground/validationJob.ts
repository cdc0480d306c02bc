/**
 * One validation, as the playground's worker receives and answers it. Both sides share these
 * types; `answerValidationJob` is the worker's whole job, kept here so it is tested in Node.
 */
import { getModel } from '../schemas/registry';
import { validate, type ShownVerdict } from '../validation/validate';
import { validateTypeScript } from '../validation/validateTypeScript';
import type { EditorMode } from './shareLink';

export interface ValidationJob {
	/** Which change this is; an answer to an older one is dropped. */
	id: number;
	text: string;
	/** Registry slug of the model to check against. */
	model: string;
	mode: EditorMode;
}

export interface ValidationAnswer {
	id: number;
	/**
	 * Without the parsed value or the SDK's output: long texts are what the worker checks, the page
	 * shows no output for them, and copying either back costs time.
	 */
	verdict: ShownVerdict;
}

export function answerValidationJob(job: ValidationJob): ValidationAnswer {
	const model = getModel(job.model);
	const { value: _value, output: _output, ...verdict } =
		job.mode === 'typescript' ? validateTypeScript(job.text, model) : validate(job.text, model);
	return { id: job.id, verdict };
}
