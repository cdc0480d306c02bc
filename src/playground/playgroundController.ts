import { curlCommand } from '../lib/curlCommand';
import { playgroundExamples, type PlaygroundExample } from '../lib/playgroundExamples';
import type { OperationEntry } from '../schemas/operations';
import { getModel, models, type ModelEntry } from '../schemas/registry';
import { MAX_DRAFT_LENGTH } from '../validation/limits';
import type { SdkConstants } from '../validation/typeScriptExpressions';
import { validate, type Fix, type ShownVerdict } from '../validation/validate';
import type { EditorAdapter } from './editorAdapter';
import { formatJson } from './formatJson';
import { decodeShare, encodeShare, type EditorMode } from './shareLink';
import { validationScheduler, type StartValidationWorker } from './validationScheduler';

/** What the page gives a playground: its own data, written into the page at build time. */
export interface PlaygroundData {
	/** The model shown first. */
	model: string;
	/** Published JSON Schema of each model the playground can show (for completion and hover). */
	schemas: Record<string, unknown>;
	/** The SDK-side JSON Schema of models whose TypeScript keys differ from the JSON's (TypeScript mode's completion). */
	sdkSchemas?: Record<string, unknown>;
	/** Where share links point. */
	sharePath: string;
	/** The operation whose request body this playground holds: "Copy as curl" builds its command. */
	operation?: Pick<OperationEntry, 'method' | 'path' | 'parameters' | 'requestBody'>;
	/** The SDK's enum constants, for hover in TypeScript mode (`Status.Started` shows `"started"`). */
	constants?: SdkConstants;
}

export type TypeScriptModeModule = typeof import('./typescriptMode');

/** A message above the editor, with an optional action ("Undo", "Reset"). */
export interface Notice {
	message: string;
	tone: 'info' | 'error';
	action?: { label: string; run: () => void };
}

/** What the controller asks of the page; the DOM view implements it, tests pass a fake. */
export interface PlaygroundView {
	showVerdict(verdict: ShownVerdict, mode: EditorMode): void;
	showNotice(notice: Notice | undefined): void;
	showModel(model: ModelEntry, examples: PlaygroundExample[]): void;
	showMode(mode: EditorMode): void;
	/** A share link was made: the page may show or keep it. */
	showShareUrl?(url: string): void;
}

/** The browser around the controller, passed in complete so it runs in Node with fakes. */
export interface ControllerEnv {
	loadTypeScriptMode: () => Promise<TypeScriptModeModule>;
	clipboard?: Pick<Clipboard, 'writeText'>;
	/** Where drafts are kept (`localStorage`); nothing is kept without it. */
	storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	location: Pick<Location, 'hash' | 'origin' | 'pathname'>;
	history: Pick<History, 'replaceState'>;
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
	/** A worker to check long texts off the main thread; without one they are checked once the current task is done. */
	startValidationWorker?: StartValidationWorker;
	/** Runs a callback once the current task's own work is done (the scheduler's check of a long text on this thread). */
	defer?: (callback: () => void) => void;
	/** Called after each verdict is shown (the bench marks it). */
	onVerdictShown?: () => void;
	/** True when the page has an element with this id (a fragment that is an anchor, not a share link). */
	isAnchor: (id: string) => boolean;
}

/** How long an informational notice stays when nothing else clears it. */
export const NOTICE_MS = 8000;

const draftKey = (slug: string) => `intuned-playground:draft:${slug}`;

interface Snapshot {
	model: string;
	mode: EditorMode;
	text: string;
}

export interface PlaygroundController {
	readonly model: ModelEntry;
	readonly mode: EditorMode;
	readonly verdict: ShownVerdict | undefined;
	readonly editor: EditorAdapter;
	/** The JSON Schema completion and hover use: TypeScript mode names keys as the SDK's type does. */
	schemaFor(slug: string): unknown;
	switchModel(slug: string): void;
	switchMode(mode: EditorMode, options?: { convert?: boolean }): Promise<void>;
	loadExample(id: string): void;
	format(): void;
	reset(): void;
	copy(): Promise<void>;
	share(): Promise<string>;
	copyCurl(): Promise<string | undefined>;
	/** Applies one of a problem's fixes (edits computed by the engine) to the current text. */
	applyFix(fix: Fix): void;
	/** Opens the share link in the location's fragment, if there is one. */
	openShareLink(): Promise<void>;
	/** Replaces the editor (the textarea by Monaco): same text, same verdict. */
	replaceEditor(next: EditorAdapter): void;
}

/**
 * The playground's state and what changes it: which model and mode, the editor's text and its
 * verdict, notices, drafts and the one step that can be undone. No DOM here: the view renders
 * what this decides, and tests drive it with a fake editor and view.
 */
export function createPlaygroundController({
	data,
	editor: firstEditor,
	view,
	env,
}: {
	data: PlaygroundData;
	editor: EditorAdapter;
	view: PlaygroundView;
	env: ControllerEnv;
}): PlaygroundController {
	let model = getModel(data.model);
	let mode: EditorMode = 'json';
	let editor = firstEditor;
	let typescript: TypeScriptModeModule | undefined;
	let verdict: ShownVerdict | undefined;
	let noticeTimer: unknown;
	/** What "Undo" restores: the state before the last reset, example or model switch. */
	let undoTo: Snapshot | undefined;
	/** Text set by the controller itself; an editor change to anything else is the reader's edit. */
	let settingText = false;
	/** The fragment still holds a share link the reader has since edited away from. */
	let shareInAddressBar = false;

	const notify = (notice: Notice | undefined) => {
		env.clearTimeout(noticeTimer);
		view.showNotice(notice);
		if (notice && notice.tone === 'info') noticeTimer = env.setTimeout(() => view.showNotice(undefined), NOTICE_MS);
	};

	const validation = validationScheduler({
		current: () => ({ text: editor.getText(), model: model.slug, mode }),
		// TypeScript mode is only entered once its code has loaded (switchMode).
		validateHere: (job) => (job.mode === 'typescript' ? typescript!.validateTypeScript(job.text, model) : validate(job.text, model)),
		onVerdict: (next) => {
			verdict = next;
			view.showVerdict(next, mode);
			env.onVerdictShown?.();
		},
		startWorker: env.startValidationWorker,
		...(env.defer && { defer: env.defer }),
	});

	const snapshot = (): Snapshot => ({ model: model.slug, mode, text: editor.getText() });

	const setText = (text: string) => {
		settingText = true;
		try {
			editor.setText(text);
		} finally {
			settingText = false;
		}
		validation.changed();
	};

	const saveDraft = () => {
		const text = editor.getText();
		if (!env.storage || text.length > MAX_DRAFT_LENGTH) return;
		try {
			if (text === defaultText()) env.storage.removeItem(draftKey(model.slug));
			else env.storage.setItem(draftKey(model.slug), JSON.stringify({ mode, text }));
		} catch {
			// Storage full or disabled: the draft is simply not kept.
		}
	};

	const readDraft = (slug: string): { mode: EditorMode; text: string } | undefined => {
		try {
			const raw = env.storage?.getItem(draftKey(slug));
			const draft = raw ? (JSON.parse(raw) as { mode?: unknown; text?: unknown }) : undefined;
			if (draft && typeof draft.text === 'string' && (draft.mode === 'json' || draft.mode === 'typescript')) {
				return { mode: draft.mode, text: draft.text };
			}
		} catch {
			// A draft that does not read back is ignored.
		}
		return undefined;
	};

	/** Each model's examples menu, derived once: the draft check reads the first on every keystroke. */
	const examplesByModel = new Map<string, PlaygroundExample[]>();
	const examplesOf = (entry: ModelEntry) => {
		let examples = examplesByModel.get(entry.slug);
		if (!examples) examplesByModel.set(entry.slug, (examples = playgroundExamples(entry)));
		return examples;
	};
	/** An example (written as JSON) in the current mode's form. */
	const inMode = (json: string) => (mode === 'typescript' && typescript?.jsonToTypeScript(json, model)) || json;
	const defaultTexts = new Map<string, string>();
	const defaultText = () => {
		const key = `${model.slug} ${mode}`;
		let text = defaultTexts.get(key);
		if (text === undefined) defaultTexts.set(key, (text = inMode(examplesOf(model)[0]!.text)));
		return text;
	};

	const onEdit = () => {
		if (settingText) return;
		// The reader's own edit: notices about an earlier action are stale now.
		notify(undefined);
		if (undoTo && undoTo.model !== model.slug && editor.getText() === undoTo.text) {
			// Ctrl+Z right after a model switch brought the old text back: check it against its own model again.
			const back = undoTo;
			undoTo = undefined;
			showModel(back.model);
		}
		if (shareInAddressBar) {
			shareInAddressBar = false;
			env.history.replaceState(null, '', env.location.pathname);
		}
		validation.changed();
		saveDraft();
	};
	editor.onChange(onEdit);

	function showModel(slug: string) {
		model = getModel(slug);
		view.showModel(model, examplesOf(model));
		editor.configure(mode, controller.schemaFor(slug));
	}

	/** Runs an action that replaces the text, keeping the state before it one "Undo" away. */
	function undoable(message: string, change: () => void) {
		const before = snapshot();
		change();
		undoTo = before;
		saveDraft();
		notify({
			message,
			tone: 'info',
			action: {
				label: 'Undo',
				run: () => void restore(before),
			},
		});
	}

	async function restore(state: Snapshot) {
		undoTo = undefined;
		if (state.mode !== mode) await switchModeTo(state.mode);
		if (state.model !== model.slug) showModel(state.model);
		setText(state.text);
		saveDraft();
		notify(undefined);
	}

	async function switchModeTo(next: EditorMode) {
		if (next === 'typescript' && !typescript) typescript = await env.loadTypeScriptMode();
		mode = next;
		view.showMode(next);
		editor.configure(mode, controller.schemaFor(model.slug));
	}

	const controller: PlaygroundController = {
		get model() {
			return model;
		},
		get mode() {
			return mode;
		},
		get verdict() {
			return verdict;
		},
		get editor() {
			return editor;
		},
		schemaFor: (slug) => (mode === 'typescript' && data.sdkSchemas?.[slug]) || data.schemas[slug],

		switchModel(slug) {
			if (slug === model.slug) return;
			undoable(`Switched to ${getModel(slug).name}.`, () => {
				saveDraft();
				showModel(slug);
				const draft = readDraft(slug);
				setText(draft && draft.mode === mode ? draft.text : defaultText());
			});
		},

		/**
		 * Switches JSON <-> TypeScript. With `convert`, the current value is carried over in the new
		 * form (keys renamed to that form's names); text that does not parse is kept as it is, and a
		 * notice says so.
		 */
		async switchMode(next, { convert = true } = {}) {
			const previous = mode;
			await switchModeTo(next);
			if (!convert || previous === next) return validation.changed();
			const text = editor.getText();
			const converted =
				next === 'typescript' ? typescript!.jsonToTypeScript(text, model) : typescript!.typeScriptToJson(text, model);
			if (converted === undefined) {
				notify({
					message: `The text was kept as it is: it does not parse as ${previous === 'json' ? 'JSON' : 'a TypeScript literal'}, so it could not be converted.`,
					tone: 'error',
				});
				validation.changed();
			} else {
				notify(undefined);
				setText(converted);
				saveDraft();
			}
		},

		loadExample(id) {
			const example = examplesOf(model).find((candidate) => candidate.id === id);
			if (example) undoable(`Loaded “${example.label}”.`, () => setText(inMode(example.text)));
		},

		format() {
			const text = editor.getText();
			const formatted = mode === 'typescript' ? typescript!.formatTypeScript(text, model) : formatJson(text);
			if (formatted === undefined) notify({ message: 'Format needs text that parses: fix the syntax error first.', tone: 'error' });
			else {
				setText(formatted);
				saveDraft();
				notify(undefined);
			}
		},

		reset() {
			undoable('Reset to the documented example.', () => setText(defaultText()));
		},

		async copy() {
			try {
				await env.clipboard!.writeText(editor.getText());
				notify({ message: 'Copied the value to the clipboard.', tone: 'info' });
			} catch {
				notify({ message: 'Copy failed: select the text and press Ctrl+C.', tone: 'error' });
			}
		},

		async share() {
			const fragment = await encodeShare({ model: model.slug, mode, text: editor.getText() });
			const url = `${env.location.origin}${data.sharePath}#${fragment}`;
			if (env.location.pathname === data.sharePath) {
				env.history.replaceState(null, '', `#${fragment}`);
				shareInAddressBar = true;
			}
			try {
				await env.clipboard!.writeText(url);
				notify({ message: 'Share link copied. It holds the value itself, in the part after #, which is never sent to a server.', tone: 'info' });
			} catch {
				notify({ message: `Share link: ${url}`, tone: 'info' });
			}
			view.showShareUrl?.(url);
			return url;
		},

		async copyCurl() {
			const operation = data.operation;
			if (!operation) return undefined;
			if (!verdict?.valid) {
				notify({
					message: 'The body is not valid yet, so no curl command was copied: fix the errors first. The documented example’s command is under “SDK call”.',
					tone: 'error',
				});
				return undefined;
			}
			// JSON mode: the body exactly as written. TypeScript mode: the JSON the SDK would send.
			const body = mode === 'json' ? JSON.parse(editor.getText()) : verdict.output?.value;
			const command = curlCommand(operation, { body });
			try {
				await env.clipboard!.writeText(command);
				notify({ message: 'Copied the curl command with your body. Put your API key in place of <YOUR_API_KEY_HERE>.', tone: 'info' });
			} catch {
				notify({ message: `Copy failed; the command: ${command}`, tone: 'error' });
			}
			return command;
		},

		applyFix(fix) {
			editor.applyEdits(fix.edits, fix.select);
		},

		async openShareLink() {
			const shared = await decodeShare(env.location.hash, { models: models.map((entry) => entry.slug) });
			if (shared.kind === 'none' && isStrayFragment()) {
				notify({ message: 'This link could not be opened: the part after # is not a share link. The default example is shown instead.', tone: 'error' });
			} else if (shared.kind === 'ok') {
				await switchModeTo(shared.state.mode);
				if (shared.state.model !== model.slug) showModel(shared.state.model);
				setText(shared.state.text);
				shareInAddressBar = true;
				notify(undefined);
			} else if (shared.kind === 'error') {
				if (data.model !== model.slug) showModel(data.model);
				setText(defaultText());
				notify({ message: shared.message, tone: 'error' });
			}
		},

		replaceEditor(next) {
			const caret = editor.getCaretOffset();
			const hadFocus = editor.hasFocus();
			editor.dispose();
			editor = next;
			editor.onChange(onEdit);
			editor.setCaretOffset(caret);
			if (hadFocus) editor.focus();
			validation.changed();
		},
	};

	/** A fragment that is neither a share link nor an anchor on the page, on the page share links open. */
	function isStrayFragment(): boolean {
		const hash = env.location.hash.slice(1);
		if (hash === '' || env.location.pathname !== data.sharePath) return false;
		try {
			return !env.isAnchor(decodeURIComponent(hash));
		} catch {
			return true;
		}
	}

	// Start: the model's draft if the reader left one (with a way back to the example), else the example.
	view.showModel(model, examplesOf(model));
	validation.changed();
	const draft = env.location.hash ? undefined : readDraft(model.slug);
	if (draft && !(draft.mode === mode && draft.text === editor.getText())) {
		void (async () => {
			if (draft.mode !== mode) await switchModeTo(draft.mode);
			setText(draft.text);
			notify({
				message: 'Restored your draft.',
				tone: 'info',
				action: { label: 'Reset', run: () => controller.reset() },
			});
		})();
	}
	return controller;
}
