// The playground's worker: checks long texts off the page's main thread, so typing and scrolling
// stay smooth while a large value is validated. Same engine, same verdicts (validationJob.ts).
import { answerValidationJob, type ValidationJob } from './validationJob';

self.onmessage = (event: MessageEvent<ValidationJob>) => self.postMessage(answerValidationJob(event.data));
