// Browser entry of the playground: reads each playground's build-time data and hands it the real
// browser environment. Monaco is a separate chunk, imported only when a playground needs it.
import { mountPlayground, type PlaygroundData } from './mountPlayground';
import type { StartValidationWorker } from './validationScheduler';
import ValidationWorker from './validationWorker?worker';

/** Starts the validation worker (its script is fetched only then: when a long text first appears). */
const startValidationWorker: StartValidationWorker = (onAnswer, onFailure) => {
	const worker = new ValidationWorker();
	worker.onmessage = (event) => onAnswer(event.data);
	worker.onerror = onFailure;
	worker.onmessageerror = onFailure;
	return { post: (job) => worker.postMessage(job), stop: () => worker.terminate() };
};

const whenNear = (element: Element, callback: () => void) => {
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				observer.disconnect();
				callback();
			}
		},
		{ rootMargin: '300px 0px' }
	);
	observer.observe(element);
};

/** localStorage, or nothing where the browser refuses it (private modes, disabled storage). */
function safeStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

for (const root of document.querySelectorAll<HTMLElement>('[data-playground]')) {
	const data = JSON.parse(root.querySelector('[data-pg-data]')!.textContent!) as PlaygroundData;
	mountPlayground(root, data, {
		location,
		history,
		clipboard: navigator.clipboard,
		document,
		loadMonaco: () => import('./monacoEditor'),
		loadTypeScriptMode: () => import('./typescriptMode'),
		// The full-page playground is the editor: it loads at once, without waiting for a first frame.
		whenNear: root.classList.contains('full') ? (_element, callback) => callback() : whenNear,
		onHashChange: (listener) => addEventListener('hashchange', listener),
		startValidationWorker,
		storage: safeStorage(),
		setTimeout: (callback, ms) => setTimeout(callback, ms),
		clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
		// A task after the frame's rendering: rows drawn there wait for no frame already begun.
		afterNextFrame: (callback) => requestAnimationFrame(() => setTimeout(callback, 0)),
		mark: (name) => performance.mark(name),
		onThemeChange: (listener) =>
			new MutationObserver(listener).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] }),
	});
}
