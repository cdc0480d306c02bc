import { getModel } from '../schemas/registry';
import { createPlaygroundController, type ControllerEnv, type PlaygroundData } from './playgroundController';
import { playgroundView, type ViewEnv } from './playgroundView';
import { textareaEditor } from './textareaEditor';

export type { PlaygroundData };

/** The browser around a playground, passed in so nothing here reaches for globals. */
export interface PlaygroundEnv extends Omit<ControllerEnv, 'isAnchor' | 'onVerdictShown'>, ViewEnv {
	loadMonaco: () => Promise<typeof import('./monacoEditor')>;
	/** When the playground should get the full editor: the callback runs once, when it nears the viewport. */
	whenNear: (element: Element, callback: () => void) => void;
	/** Called when the URL fragment changes, e.g. a share link pasted into an open playground. */
	onHashChange: (listener: () => void) => void;
	/** Marks for `npm run bench` (performance.mark). */
	mark?: (name: string) => void;
	/** Called when the page's theme (light or dark) changes. */
	onThemeChange: (listener: () => void) => void;
}

/**
 * Puts a playground together: the view over the page's elements, the controller with the plain
 * textarea first, then Monaco in its place when the playground nears the viewport or gets focus.
 */
export function mountPlayground(root: HTMLElement, data: PlaygroundData, env: PlaygroundEnv): void {
	const textarea = root.querySelector<HTMLTextAreaElement>('[data-pg-textarea]')!;
	const editorHost = root.querySelector<HTMLElement>('[data-pg-editor]')!;
	const view = playgroundView(root, env);
	const controller = createPlaygroundController({
		data,
		editor: textareaEditor(textarea),
		view,
		env: {
			...env,
			isAnchor: (id) => env.document.getElementById(id) !== null,
			// For `npm run bench`: keystroke-to-verdict is measured up to this mark.
			onVerdictShown: () => env.mark?.('playground-verdict'),
		},
	});
	view.bind(controller);
	void controller.openShareLink();
	env.onHashChange(() => void controller.openShareLink());

	const dark = () => env.document.documentElement.dataset.theme === 'dark';
	let loading = false;
	const upgrade = async () => {
		if (loading) return;
		loading = true;
		root.dataset.editor = 'loading';
		try {
			const monacoApi = await env.loadMonaco();
			const host = env.document.createElement('div');
			host.className = 'pg-monaco';
			editorHost.append(host);
			const model = controller.model;
			const next = monacoApi.monacoEditor(host, {
				text: controller.editor.getText(),
				// The name F8's problem view shows: the model's, unless the reader can switch models
				// (the editor keeps its text model across a switch, so its name would go stale).
				uri: `inmemory://model/${root.id || 'playground'}/${Object.keys(data.schemas).length > 1 ? 'value' : `${getModel(model.slug).name}.json`}`,
				ariaLabel: `${model.name} value. Problems are listed after the editor.`,
				describedBy: root.querySelector('[data-pg-status]')?.id,
				dark: dark(),
				mode: controller.mode,
				jsonSchema: controller.schemaFor(model.slug),
				...(data.constants && { constants: data.constants }),
				embedded: !root.classList.contains('full'),
				onFormat: () => controller.format(),
			});
			textarea.hidden = true;
			controller.replaceEditor(next);
			env.onThemeChange(() => monacoApi.setMonacoTheme(dark()));
			root.dataset.editor = 'monaco';
			env.mark?.('playground-ready');
			// The features once that line is drawn: until then the core shows, edits and checks alone.
			env.afterNextFrame(() => {
				monacoApi.loadMonacoFeatures().then(
					() => {
						root.dataset.editorFeatures = 'ready';
						env.mark?.('playground-features');
					},
					(error: unknown) => {
						view.showNotice({
							message: "The editor's find, hover, quick fixes and completion list could not be loaded. Your value is still checked as you type.",
							tone: 'error',
						});
						console.error("Monaco's features failed to load:", error);
					}
				);
			});
		} catch (error) {
			root.dataset.editor = 'textarea';
			textarea.hidden = false;
			view.showNotice({ message: 'The code editor could not be loaded. This plain text box still checks your value.', tone: 'error' });
			// An error, not a warning: the end-to-end suite fails on console errors, so a broken editor cannot pass unnoticed.
			console.error('Monaco failed to load:', error);
		}
	};
	root.addEventListener('focusin', () => void upgrade(), { once: true });
	env.whenNear(root, () => void upgrade());
}
