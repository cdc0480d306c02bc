/**
 * Stands in for `@pagefind/default-ui` (the build resolves that import here: astro.config.mjs).
 * Starlight's search component imports Pagefind's UI on every page once the page is idle and
 * builds it at once: 94 KB (26 KB gzip) that a reader who never searches downloads for nothing,
 * 4% of the playground page's bytes (README, "Performance"). This class takes the same options but
 * fetches and builds the real UI only when the reader first reaches for search (pointer on the
 * search button, focus, click, Ctrl+K), as hosted docs search widgets do; a page without that
 * search button, or whose dialog the reader opened before this ran, gets the real UI at once.
 * Meanwhile a plain search box stands in for the real one (`searchBoxStandIn.ts`), so what the
 * reader types right after Ctrl+K is kept and searched. The UI's stylesheet comes the same way:
 * every page's CSS has only its rules for that box, the rest arrives with the UI.
 */
import { onFirstSearchIntent } from './onFirstSearchIntent';
import { searchBoxStandIn, type SearchBoxLabels } from './searchBoxStandIn';

interface PagefindUIOptions {
	/** Selector of the element the UI is drawn into. */
	element: string;
	[option: string]: unknown;
}

/**
 * Pagefind's UI, and the rules of its stylesheet that only it needs (the build keeps the rest, for
 * the stand-in box, in every page's CSS: scripts/vitePagefindCss.mjs), added once as a <style>
 * (in Starlight's cascade layer, as the build wrote them) before the UI draws anything.
 */
async function loadRealUI() {
	const [ui, { default: deferredCss }] = await Promise.all([
		import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'),
		import('virtual:pagefind-ui-deferred.css?inline'),
	]);
	if (!document.querySelector('style[data-pagefind-ui]')) {
		const style = document.createElement('style');
		style.dataset.pagefindUi = '';
		style.textContent = deferredCss;
		document.head.append(style);
	}
	return ui;
}

/** The stand-in box's texts, as the real UI words them (Starlight passes the site's translations). */
function searchBoxLabels(options: PagefindUIOptions): SearchBoxLabels {
	const translations = (options.translations ?? {}) as Record<string, unknown>;
	const text = (key: string, fallback: string) => (typeof translations[key] === 'string' ? (translations[key] as string) : fallback);
	// Pagefind's own English texts where Starlight gives none.
	return { placeholder: text('placeholder', 'Search'), label: text('search_label', 'Search this site') };
}

export class PagefindUI {
	constructor(options: PagefindUIOptions) {
		const container = document.querySelector<HTMLElement>(options.element);
		const host = container?.closest('site-search');
		const button = host?.querySelector('button[data-open-modal]');
		const dialog = host?.querySelector('dialog');
		const waitForIntent = () => onFirstSearchIntent({ button: button!, keyboard: window }, () => void build());
		const build = async () => {
			// Empty, or the message of a load that failed (this is a new try).
			container?.replaceChildren();
			// A box to type into while the UI is on its way (Starlight focuses it when the dialog opens).
			const standIn = container ? searchBoxStandIn(container, searchBoxLabels(options)) : undefined;
			if (dialog?.open) container?.querySelector('input')?.focus();
			try {
				const { PagefindUI: RealUI } = await loadRealUI();
				if (container && standIn)
					standIn.handOver(() => {
						new RealUI(options);
						return container.querySelector('input');
					});
				else new RealUI(options);
			} catch (error) {
				console.error('Search could not be loaded:', error);
				// In place of the stand-in box, or of what the real UI drew before it failed.
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
