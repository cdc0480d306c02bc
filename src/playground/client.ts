// Browser entry of the playground: reads each playground's build-time data and hands it the real
// browser environment. Monaco is a separate chunk, imported only when a playground needs it.
import { mountPlayground, type PlaygroundData } from './mountPlayground';

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

for (const root of document.querySelectorAll<HTMLElement>('[data-playground]')) {
	const data = JSON.parse(root.querySelector('[data-pg-data]')!.textContent!) as PlaygroundData;
	mountPlayground(root, data, {
		location,
		history,
		clipboard: navigator.clipboard,
		document,
		loadMonaco: () => import('./monacoEditor'),
		loadTypeScriptMode: () => import('./typescriptMode'),
		whenNear,
		onHashChange: (listener) => addEventListener('hashchange', listener),
	});
}
