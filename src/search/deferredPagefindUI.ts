/**
 * Stands in for `@pagefind/default-ui` (the build resolves that import here: astro.config.mjs).
 * Starlight's search component imports Pagefind's UI on every page once the page is idle and
 * builds it at once: 94 KB (26 KB gzip) that a reader who never searches downloads for nothing,
 * 4% of the playground page's bytes (README, "Performance"). This class takes the same options but
 * fetches and builds the real UI only when the reader first reaches for search (pointer on the
 * search button, focus, click, Ctrl+K), as hosted docs search widgets do; a page without that
 * search button, or whose dialog the reader opened before this ran, gets the real UI at once.
 */
import { onFirstSearchIntent } from './onFirstSearchIntent';
import { recordTypedAhead } from './recordTypedAhead';

interface PagefindUIOptions {
	/** Selector of the element the UI is drawn into. */
	element: string;
	[option: string]: unknown;
}

const loadRealUI = () => import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');

export class PagefindUI {
	constructor(options: PagefindUIOptions) {
		const container = document.querySelector<HTMLElement>(options.element);
		const host = container?.closest('site-search');
		const button = host?.querySelector('button[data-open-modal]');
		const dialog = host?.querySelector('dialog');
		const waitForIntent = () => onFirstSearchIntent({ button: button!, keyboard: window }, () => void build());
		const build = async () => {
			// What the reader types in the open dialog while the UI is on its way.
			const stopRecording = recordTypedAhead({ keyboard: window, listening: () => dialog?.open === true });
			try {
				const { PagefindUI: RealUI } = await loadRealUI();
				new RealUI(options);
				const typed = stopRecording();
				const input = container?.querySelector('input');
				// Opened before the UI was there: the focus Starlight gave to a missing input goes to it
				// now, with what the reader typed meanwhile (the UI searches on its input event).
				if (dialog?.open && input) {
					input.focus();
					if (typed) {
						input.value = typed;
						input.dispatchEvent(new Event('input', { bubbles: true }));
					}
				}
			} catch (error) {
				stopRecording();
				console.error('Search could not be loaded:', error);
				if (container) container.textContent = 'Search could not be loaded. Try again, or reload the page.';
				// The next reach for search tries again (a network that was down for a moment).
				if (button) waitForIntent();
			}
		};
		// Starlight builds this once the page is idle: the reader may have opened the dialog already.
		if (button && !dialog?.open) waitForIntent();
		else void build();
	}
}
