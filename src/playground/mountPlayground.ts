import { curlCommand } from '../lib/curlCommand';
import type { OperationEntry } from '../schemas/operations';
import type { SdkConstants } from '../validation/typeScriptExpressions';
import { getModel, models, type ModelEntry } from '../schemas/registry';
import { validate, type Problem, type ShownVerdict } from '../validation/validate';
import { MAX_SHOWN_PROBLEMS, type EditorAdapter } from './editorAdapter';
import { playgroundExamples } from '../lib/playgroundExamples';
import { formatJson } from './formatJson';
import { sdkOutputView } from './sdkOutputView';
import { decodeShare, encodeShare, type EditorMode } from './shareLink';
import { textareaEditor } from './textareaEditor';
import { validationScheduler, type StartValidationWorker } from './validationScheduler';
import { severityLabel, verdictState, verdictSummary } from './verdictSummary';

/** What the page gives a playground: its own data, written into the page at build time. */
export interface PlaygroundData {
	/** The model shown first. */
	model: string;
	/** Published JSON Schema of each model the playground can show (for completion and hover). */
	schemas: Record<string, unknown>;
	/** The SDK-side JSON Schema of models whose TypeScript keys differ from the JSON's (TypeScript mode's completion). */
	sdkSchemas?: Record<string, unknown>;
	/** The operation whose request body this playground holds: "Copy as curl" builds its command. */
	operation?: Pick<OperationEntry, 'method' | 'path' | 'parameters' | 'requestBody'>;
	/** Where share links point. */
	sharePath: string;
	/** The SDK's enum constants, for hover in TypeScript mode (`Status.Started` shows `"started"`). */
	constants?: SdkConstants;
}

/** The browser around a playground, passed in so nothing here reaches for globals. */
export interface PlaygroundEnv {
	location: Pick<Location, 'hash' | 'origin' | 'pathname'>;
	history: Pick<History, 'replaceState'>;
	clipboard?: Pick<Clipboard, 'writeText'>;
	document: Document;
	loadMonaco: () => Promise<typeof import('./monacoEditor')>;
	/** TypeScript mode's reader and converters: loaded only when a reader switches to it. */
	loadTypeScriptMode: () => Promise<typeof import('./typescriptMode')>;
	/** When the playground should get the full editor: the callback runs once, when it nears the viewport. */
	whenNear: (element: Element, callback: () => void) => void;
	/** Called when the URL fragment changes, e.g. a share link pasted into an open playground. */
	onHashChange: (listener: () => void) => void;
	/** A worker to check long texts off the main thread; without one they are checked on the next tick. */
	startValidationWorker?: StartValidationWorker;
}

/** Screen readers hear the verdict once the reader pauses, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 800;

export function mountPlayground(root: HTMLElement, data: PlaygroundData, env: PlaygroundEnv): void {
	const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
	const statusLine = $<HTMLElement>('[data-pg-status]')!;
	const live = $<HTMLElement>('[data-pg-live]')!;
	const list = $<HTMLOListElement>('[data-pg-problems]')!;
	const notice = $<HTMLElement>('[data-pg-notice]')!;
	const exampleSelect = $<HTMLSelectElement>('[data-pg-example]')!;
	const modelSelect = $<HTMLSelectElement>('[data-pg-model]');
	const editorHost = $<HTMLElement>('[data-pg-editor]')!;
	const textarea = $<HTMLTextAreaElement>('[data-pg-textarea]')!;
	const modeInputs = [...root.querySelectorAll<HTMLInputElement>('[data-pg-mode]')];
	const output = {
		section: $<HTMLElement>('[data-pg-output]')!,
		title: $<HTMLElement>('[data-pg-output-title]')!,
		note: $<HTMLElement>('[data-pg-output-note]')!,
		text: $<HTMLElement>('[data-pg-output-text]')!,
	};

	let model: ModelEntry = getModel(data.model);
	let mode: EditorMode = 'json';
	let typescript: Awaited<ReturnType<PlaygroundEnv['loadTypeScriptMode']>> | undefined;
	let editor: EditorAdapter = textareaEditor(textarea);
	let announceTimer: ReturnType<typeof setTimeout> | undefined;

	const showNotice = (message: string, tone: 'info' | 'error' = 'info') => {
		notice.textContent = message;
		notice.dataset.tone = tone;
		notice.hidden = message === '';
	};

	/** The verdict on screen; list items read their problem from here when clicked. */
	let shown: ShownVerdict | undefined;
	let shownKey = '';

	function render(next: ShownVerdict) {
		const summary = verdictSummary(next);
		statusLine.textContent = summary;
		statusLine.dataset.state = verdictState(next);
		shown = next;
		const listed = next.problems.slice(0, MAX_SHOWN_PROBLEMS);
		const unlisted = Math.max(0, next.problems.length - MAX_SHOWN_PROBLEMS) + next.omittedWarnings;
		// Most keystrokes leave every problem where it was (typing inside one value): then the
		// markers and the list stay as they are, which keeps typing cheap with hundreds of warnings.
		const ranges = (next.uncheckedRanges ?? []).map((range) => `${range.start}-${range.end}`).join(' ');
		const key = `${unlisted} ${ranges}\n${listed.map(problemKey).join('\n')}`;
		if (key !== shownKey) {
			shownKey = key;
			editor.showProblems(next);
			list.replaceChildren(...listed.map(problemItem));
			if (unlisted > 0) {
				const more = env.document.createElement('li');
				more.className = 'pg-more';
				more.textContent = `…and ${unlisted} more.`;
				list.append(more);
			}
		}
		root.dataset.valid = String(next.valid);
		const view = sdkOutputView(next, mode);
		output.section.dataset.state = view.text === undefined ? 'waiting' : 'shown';
		output.title.textContent = view.title;
		output.note.textContent = view.note;
		output.text.textContent = view.text ?? '';
		output.text.hidden = view.text === undefined;
		// For `npm run bench`: keystroke-to-verdict is measured up to this mark.
		performance.mark('playground-verdict');
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => {
			const first = next.problems.find((problem) => problem.severity === 'error') ?? next.problems[0];
			live.textContent = first ? `${summary}. ${first.pathText}: ${first.message}` : summary;
		}, ANNOUNCE_DELAY_MS);
	}

	const problemKey = (problem: Problem) => {
		const { range } = problem;
		return `${problem.severity} ${range.startLine}:${range.startColumn}-${range.endLine}:${range.endColumn} ${problem.pathText} ${problem.message}`;
	};

	/** One list entry; every piece of reader text goes in through textContent, never as HTML. */
	function problemItem(problem: Problem, index: number): HTMLLIElement {
		const doc = env.document;
		const item = doc.createElement('li');
		const button = doc.createElement('button');
		button.type = 'button';
		button.className = 'pg-problem';
		button.dataset.severity = problem.severity;
		const part = (tag: string, className: string, text: string) => {
			const element = doc.createElement(tag);
			element.className = className;
			element.textContent = text;
			return element;
		};
		button.append(
			part('span', 'pg-severity', severityLabel(problem.severity)),
			part('code', 'pg-path', problem.pathText),
			part('span', 'pg-message', problem.message),
			part('span', 'pg-position', `${problem.range.startLine}:${problem.range.startColumn}`)
		);
		button.setAttribute(
			'aria-label',
			`${severityLabel(problem.severity).toLowerCase()} at line ${problem.range.startLine}, column ${problem.range.startColumn}, ${problem.pathText}: ${problem.message}`
		);
		// The current verdict's range: offsets may have moved since this item was drawn.
		button.addEventListener('click', () => editor.reveal((shown?.problems[index] ?? problem).range));
		item.append(button);
		return item;
	}

	const validation = validationScheduler({
		current: () => ({ text: editor.getText(), model: model.slug, mode }),
		// TypeScript mode is only entered once its code has loaded (switchMode).
		validateHere: (job) => (job.mode === 'typescript' ? typescript!.validateTypeScript(job.text, model) : validate(job.text, model)),
		onVerdict: render,
		startWorker: env.startValidationWorker,
	});
	const revalidate = () => validation.changed();

	function fillExamples() {
		exampleSelect.replaceChildren(
			new Option('Load an example…', ''),
			...playgroundExamples(model).map((example) => new Option(example.label, example.id))
		);
	}

	function load(text: string) {
		editor.setText(text);
		revalidate();
	}

	/** The JSON Schema completion and hover use: TypeScript mode names keys as the SDK's type does. */
	const schemaFor = (slug: string) => (mode === 'typescript' && data.sdkSchemas?.[slug]) || data.schemas[slug];

	/** An example (written as JSON) in the current mode's form. */
	const inMode = (json: string) => (mode === 'typescript' && typescript?.jsonToTypeScript(json, model)) || json;
	const defaultText = () => inMode(playgroundExamples(model)[0]!.text);

	function switchModel(slug: string, text?: string) {
		model = getModel(slug);
		if (modelSelect) modelSelect.value = slug;
		root.dataset.model = slug;
		fillExamples();
		editor.configure(mode, schemaFor(slug));
		load(text ?? defaultText());
	}

	/**
	 * Switches JSON <-> TypeScript. With `convert`, the current value is carried over in the new
	 * form; text that does not parse is kept as it is, and a notice says so.
	 */
	async function switchMode(next: EditorMode, { convert = true } = {}) {
		if (next === 'typescript' && !typescript) typescript = await env.loadTypeScriptMode();
		const previous = mode;
		mode = next;
		root.dataset.mode = next;
		for (const input of modeInputs) input.checked = input.value === next;
		editor.configure(mode, schemaFor(model.slug));
		if (!convert || previous === next) return revalidate();
		const text = editor.getText();
		const converted =
			next === 'typescript' ? typescript!.jsonToTypeScript(text, model) : typescript!.typeScriptToJson(text, model);
		if (converted === undefined) {
			showNotice(
				`The text was kept as it is: it does not parse as ${previous === 'json' ? 'JSON' : 'a TypeScript literal'}, so it could not be converted.`,
				'error'
			);
			revalidate();
		} else {
			showNotice('');
			load(converted);
		}
	}

	const modelUri = () => `inmemory://playground/${root.id || 'playground'}.json`;

	editor.onChange(revalidate);

	exampleSelect.addEventListener('change', () => {
		const example = playgroundExamples(model).find((candidate) => candidate.id === exampleSelect.value);
		if (example) {
			load(inMode(example.text));
			showNotice('');
		}
		exampleSelect.value = '';
	});
	modelSelect?.addEventListener('change', () => {
		switchModel(modelSelect.value);
		showNotice('');
	});
	for (const input of modeInputs) {
		input.addEventListener('change', () => void switchMode(input.value as EditorMode));
	}
	$('[data-pg-format]')!.addEventListener('click', () => {
		const text = editor.getText();
		const formatted = mode === 'typescript' ? typescript!.formatTypeScript(text, model) : formatJson(text);
		if (formatted === undefined) showNotice('Format needs text that parses: fix the syntax error first.', 'error');
		else {
			load(formatted);
			showNotice('');
		}
	});
	$('[data-pg-reset]')!.addEventListener('click', () => {
		load(defaultText());
		showNotice('Reset to the documented example.');
	});
	$('[data-pg-copy]')!.addEventListener('click', async () => {
		try {
			await env.clipboard!.writeText(editor.getText());
			showNotice('Copied the value to the clipboard.');
		} catch {
			showNotice('Copy failed: select the text and press Ctrl+C.', 'error');
		}
	});
	$('[data-pg-curl]')?.addEventListener('click', async () => {
		const operation = data.operation!;
		if (!shown?.valid) {
			showNotice('The body is not valid yet, so no curl command was copied: fix the errors first. The documented example’s command is under “SDK call”.', 'error');
			return;
		}
		// JSON mode: the body exactly as written. TypeScript mode: the JSON the SDK would send.
		const body = mode === 'json' ? JSON.parse(editor.getText()) : shown.output?.value;
		const command = curlCommand(operation, { body });
		try {
			await env.clipboard!.writeText(command);
			showNotice('Copied the curl command with your body. Put your API key in place of <YOUR_API_KEY_HERE>.');
		} catch {
			showNotice(`Copy failed; the command: ${command}`);
		}
		root.dataset.curl = command;
	});
	$('[data-pg-share]')!.addEventListener('click', async () => {
		const fragment = await encodeShare({ model: model.slug, mode, text: editor.getText() });
		const url = `${env.location.origin}${data.sharePath}#${fragment}`;
		if (env.location.pathname === data.sharePath) env.history.replaceState(null, '', `#${fragment}`);
		try {
			await env.clipboard!.writeText(url);
			showNotice('Share link copied. It holds the value itself, in the part after #, which is never sent to a server.');
		} catch {
			showNotice(`Share link: ${url}`);
		}
		root.dataset.shareUrl = url;
	});

	// Before Monaco arrives, the textarea already validates with the same engine.
	fillExamples();
	revalidate();

	/** A fragment that is neither a share link nor an anchor on the page, on the page share links open. */
	const isStrayFragment = () => {
		const hash = env.location.hash.slice(1);
		if (hash === '' || env.location.pathname !== data.sharePath) return false;
		try {
			return env.document.getElementById(decodeURIComponent(hash)) === null;
		} catch {
			return true;
		}
	};

	const openShareLink = async () => {
		const shared = await decodeShare(env.location.hash, { models: models.map((entry) => entry.slug) });
		if (shared.kind === 'none' && isStrayFragment()) {
			showNotice('This link could not be opened: the part after # is not a share link. The default example is shown instead.', 'error');
		} else if (shared.kind === 'ok') {
			await switchMode(shared.state.mode, { convert: false });
			switchModel(shared.state.model, shared.state.text);
			showNotice('');
		} else if (shared.kind === 'error') {
			switchModel(data.model);
			showNotice(shared.message, 'error');
		}
	};
	void openShareLink();
	env.onHashChange(() => void openShareLink());

	const dark = () => env.document.documentElement.dataset.theme === 'dark';
	let loading = false;
	const upgrade = async () => {
		if (loading) return;
		loading = true;
		root.dataset.editor = 'loading';
		try {
			const monacoApi = await env.loadMonaco();
			const hadFocus = editor.hasFocus();
			const caret = editor.getCaretOffset();
			const host = env.document.createElement('div');
			host.className = 'pg-monaco';
			editorHost.append(host);
			const next = monacoApi.monacoEditor(host, {
				text: editor.getText(),
				uri: modelUri(),
				ariaLabel: `${model.name} value. Problems are listed after the editor.`,
				dark: dark(),
				mode,
				jsonSchema: schemaFor(model.slug),
				constants: data.constants,
			});
			editor.dispose();
			textarea.hidden = true;
			editor = next;
			shownKey = '';
			editor.onChange(revalidate);
			editor.setCaretOffset(caret);
			if (hadFocus) editor.focus();
			revalidate();
			new MutationObserver(() => monacoApi.setMonacoTheme(dark())).observe(env.document.documentElement, {
				attributes: true,
				attributeFilter: ['data-theme'],
			});
			root.dataset.editor = 'monaco';
			performance.mark('playground-ready');
		} catch (error) {
			root.dataset.editor = 'textarea';
			showNotice('The code editor could not be loaded. This plain text box still checks your value.', 'error');
			console.warn('Monaco failed to load:', error);
		}
	};
	root.addEventListener('focusin', () => void upgrade(), { once: true });
	env.whenNear(root, () => void upgrade());
}
