import { SYNC_VALIDATION_LENGTH } from '../validation/limits';
import type { ShownVerdict } from '../validation/validate';
import type { ValidationAnswer, ValidationJob } from './validationJob';

/** A started worker, as the scheduler uses it (the page wraps a real Worker; tests pass a fake). */
export interface ValidationWorkerPort {
	post(job: ValidationJob): void;
	stop(): void;
}

/** Starts a worker whose answers go to `onAnswer`, and which calls `onFailure` if it breaks. */
export type StartValidationWorker = (
	onAnswer: (answer: ValidationAnswer) => void,
	onFailure: () => void
) => ValidationWorkerPort;

export interface ValidationSchedulerOptions {
	/** What to check now: read when a run starts, so a burst of changes costs one run. */
	current: () => Omit<ValidationJob, 'id'>;
	/** The engine on this thread. */
	validateHere: (job: Omit<ValidationJob, 'id'>) => ShownVerdict;
	onVerdict: (verdict: ShownVerdict) => void;
	/** Starts the worker for long texts. Without one, or once it fails, they are checked here once the current task is done. */
	startWorker?: StartValidationWorker;
	/** Texts up to this length (UTF-16 code units) are checked at once, on this thread. */
	syncLimit?: number;
	/** Runs a callback once the current task's own work is done. */
	defer?: (callback: () => void) => void;
}

export interface ValidationScheduler {
	/** The text, the model or the mode changed. */
	changed(): void;
}

/**
 * When and where each validation runs. Short texts: at once, so the verdict follows each
 * keystroke. Long texts: in a worker, so typing in them never waits for the engine; one job at
 * a time, changes made meanwhile coalesced into one job for the newest text, and an answer about
 * older text dropped. Without a worker, long texts are checked here once the current task is done.
 */
export function validationScheduler({
	current,
	validateHere,
	onVerdict,
	startWorker,
	syncLimit = SYNC_VALIDATION_LENGTH,
	// A microtask: the edits of one paste are checked once, and the verdict is drawn in the same
	// frame as the text (a timer let the browser draw the text first, then draw it again with its
	// marks; README, "Performance").
	defer = queueMicrotask,
}: ValidationSchedulerOptions): ValidationScheduler {
	/** Counts changes: the id of the newest one. */
	let latest = 0;
	/** Id of the job the worker is on, if any. */
	let inFlight: number | undefined;
	let worker: ValidationWorkerPort | undefined;
	let workerFailed = !startWorker;
	let deferred = false;

	const runHereLater = () => {
		if (deferred) return;
		deferred = true;
		defer(() => {
			deferred = false;
			onVerdict(validateHere(current()));
		});
	};

	const failWorker = () => {
		workerFailed = true;
		worker?.stop();
		worker = undefined;
		inFlight = undefined;
		if (current().text.length > syncLimit) runHereLater();
	};

	/** `job` is what `current()` gave for the newest change: reading a long text again costs a copy of it. */
	const sendNewest = (job: Omit<ValidationJob, 'id'>) => {
		if (inFlight !== undefined) return; // its answer sends the newest text next
		inFlight = latest;
		worker!.post({ id: latest, ...job });
	};

	const takeAnswer = (answer: ValidationAnswer) => {
		inFlight = undefined;
		if (answer.id === latest) return onVerdict(answer.verdict);
		const job = current();
		if (job.text.length > syncLimit) sendNewest(job);
	};

	return {
		changed() {
			latest++;
			const job = current();
			if (job.text.length <= syncLimit) return onVerdict(validateHere(job));
			if (worker) return sendNewest(job);
			// The first long text is checked here while the worker starts: a worker that has just
			// started (script, engine and JIT all cold) would answer later than this thread does.
			if (!workerFailed) {
				try {
					worker = startWorker!(takeAnswer, failWorker);
				} catch {
					workerFailed = true;
				}
			}
			runHereLater();
		},
	};
}
