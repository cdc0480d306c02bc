import { describe, expect, test, vi } from 'vitest';
import { playgroundExamples } from '../lib/playgroundExamples';
import { toJsonSchema } from '../lib/toJsonSchema';
import { getModel, models } from '../schemas/registry';
import type { ShownVerdict } from '../validation/validate';
import type { EditorAdapter } from './editorAdapter';
import { applyTextEdits } from './applyTextEdits';
import {
	createPlaygroundController,
	NOTICE_MS,
	type ControllerEnv,
	type Notice,
	type PlaygroundData,
	type PlaygroundView,
} from './playgroundController';
import { encodeShare, type EditorMode } from './shareLink';

/** An editor that holds text and records what the controller asks of it. */
function fakeEditor(initial: string) {
	let text = initial;
	const listeners: (() => void)[] = [];
	const history: string[] = [];
	const editor: EditorAdapter & { type(next: string): void; undo(): void; configured: [EditorMode, unknown][] } = {
		kind: 'textarea',
		configured: [],
		getText: () => text,
		setText(next) {
			history.push(text);
			text = next;
			listeners.forEach((listener) => listener());
		},
		applyEdits(edits) {
			history.push(text);
			text = applyTextEdits(text, edits);
			listeners.forEach((listener) => listener());
		},
		/** The reader typing: the same path as a real edit. */
		type(next) {
			history.push(text);
			text = next;
			listeners.forEach((listener) => listener());
		},
		undo() {
			text = history.pop() ?? text;
			listeners.forEach((listener) => listener());
		},
		onChange: (listener) => void listeners.push(listener),
		configure(mode, schema) {
			editor.configured.push([mode, schema]);
		},
		showProblems: () => undefined,
		reveal: () => undefined,
		getCaretOffset: () => 0,
		setCaretOffset: () => undefined,
		hasFocus: () => false,
		focus: () => undefined,
		dispose: () => undefined,
	};
	return editor;
}

function fakeView() {
	const view: PlaygroundView & { verdicts: ShownVerdict[]; notice?: Notice; model?: string; mode?: EditorMode } = {
		verdicts: [],
		showVerdict(verdict) {
			view.verdicts.push(verdict);
		},
		showNotice(notice) {
			view.notice = notice;
		},
		showModel(model) {
			view.model = model.slug;
		},
		showMode(mode) {
			view.mode = mode;
		},
	};
	return view;
}

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
	};
}

const SEED = 'createorupdateauthsessionstart';
const site = 'http://127.0.0.1/';

function setup({ model = SEED, hash = '', storage = memoryStorage(), operation }: { model?: string; hash?: string; storage?: ReturnType<typeof memoryStorage>; operation?: PlaygroundData['operation'] } = {}) {
	const data: PlaygroundData = {
		model,
		schemas: Object.fromEntries(models.map((entry) => [entry.slug, toJsonSchema(entry, { site })])),
		sdkSchemas: { authsessioncreateresume: toJsonSchema(getModel('authsessioncreateresume'), { site, side: 'sdk' }) },
		sharePath: '/playground/',
		...(operation && { operation }),
	};
	const timers: { callback: () => void; at: number }[] = [];
	const clipboard: string[] = [];
	const replaced: string[] = [];
	const env: ControllerEnv = {
		loadTypeScriptMode: () => import('./typescriptMode'),
		clipboard: { writeText: async (text) => void clipboard.push(text) },
		storage,
		location: { hash, origin: 'http://127.0.0.1', pathname: '/playground/' },
		history: { replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void replaced.push(String(url)) },
		setTimeout: (callback, ms) => timers.push({ callback, at: ms }),
		clearTimeout: () => undefined,
		isAnchor: () => false,
	};
	const editor = fakeEditor(playgroundExamples(getModel(model))[0]!.text);
	const view = fakeView();
	const controller = createPlaygroundController({ data, editor, view, env });
	const lastVerdict = () => view.verdicts.at(-1)!;
	const flushTimers = () => timers.splice(0).forEach((timer) => timer.callback());
	return { controller, editor, view, env, storage, clipboard, replaced, lastVerdict, flushTimers, timers };
}

describe('the playground controller', () => {
	test('starts with the model example and its verdict', () => {
		const { view, lastVerdict } = setup();
		expect(view.model).toBe(SEED);
		expect(lastVerdict().valid).toBe(true);
	});

	test('every edit is checked against the current model', () => {
		const { editor, lastVerdict } = setup();
		editor.type('{"status": "Started", "operationId": "x"}');
		expect(lastVerdict().problems.map((problem) => problem.code)).toEqual(['invalid_value']);
	});

	test('a fix from the engine, applied, makes the value valid', () => {
		const { controller, editor, lastVerdict } = setup();
		editor.type('{"Status": "Started", "operationId": "x"}');
		for (let round = 0; round < 3 && !lastVerdict().valid; round++) {
			controller.applyFix(lastVerdict().problems.find((problem) => problem.fixes)!.fixes![0]!);
		}
		expect(editor.getText()).toBe('{"status": "started", "operationId": "x"}');
		expect(lastVerdict().valid).toBe(true);
	});

	test('switching the model loads its example and checks it against the new model; Undo switches back', async () => {
		const { controller, editor, view, lastVerdict } = setup();
		editor.type('{"status": "started", "operationId": "mine"}');
		controller.switchModel('authsessioncreateresult');
		expect(view.model).toBe('authsessioncreateresult');
		expect(JSON.parse(editor.getText())).toEqual({ status: 'pending' });
		expect(lastVerdict().valid).toBe(true);
		expect(view.notice!.action!.label).toBe('Undo');
		view.notice!.action!.run();
		await Promise.resolve();
		expect(view.model).toBe(SEED);
		expect(editor.getText()).toBe('{"status": "started", "operationId": "mine"}');
		expect(lastVerdict().valid).toBe(true);
	});

	test('Ctrl+Z right after a model switch brings the old text back under its own model', () => {
		const { controller, editor, view, lastVerdict } = setup();
		editor.type('{"status": "started", "operationId": "mine"}');
		controller.switchModel('details');
		editor.undo();
		expect(view.model).toBe(SEED);
		expect(lastVerdict().valid).toBe(true);
	});

	test('Reset and examples are one Undo away', () => {
		const { controller, editor, view } = setup();
		editor.type('{"status": "started", "operationId": "mine"}');
		controller.reset();
		expect(JSON.parse(editor.getText()).operationId).toBe('<value>');
		view.notice!.action!.run();
		expect(JSON.parse(editor.getText()).operationId).toBe('mine');
		controller.loadExample('wrong-case');
		expect(JSON.parse(editor.getText()).status).toBe('Started');
		expect(view.notice!.message).toContain('Loaded');
	});

	test('a notice clears on the next edit, and an informational one after a few seconds', async () => {
		const { controller, editor, view, timers, flushTimers } = setup();
		await controller.copy();
		expect(view.notice!.message).toBe('Copied the value to the clipboard.');
		expect(timers.at(-1)!.at).toBe(NOTICE_MS);
		flushTimers();
		expect(view.notice).toBeUndefined();
		controller.format();
		editor.type('{ not json');
		controller.format();
		expect(view.notice!.tone).toBe('error');
		editor.type('{}');
		expect(view.notice).toBeUndefined();
	});

	test('the draft is kept per model and restored on the next visit, with Reset', async () => {
		const storage = memoryStorage();
		const first = setup({ storage });
		first.editor.type('{"status": "started", "operationId": "draft"}');
		expect([...storage.items.keys()]).toEqual([`intuned-playground:draft:${SEED}`]);
		const second = setup({ storage });
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(second.editor.getText()).toBe('{"status": "started", "operationId": "draft"}');
		expect(second.view.notice!.message).toBe('Restored your draft.');
		second.view.notice!.action!.run();
		expect(JSON.parse(second.editor.getText()).operationId).toBe('<value>');
		// Back at the example: no draft is kept.
		expect(storage.items.size).toBe(0);
	});

	test('a TypeScript draft comes back in TypeScript mode', async () => {
		const storage = memoryStorage();
		storage.setItem(`intuned-playground:draft:${SEED}`, JSON.stringify({ mode: 'typescript', text: 'let value: CreateOrUpdateAuthSessionStart = { status: "started", operationId: "t" };' }));
		const { controller, editor, lastVerdict } = setup({ storage });
		await vi.waitFor(() => expect(editor.getText()).toContain('operationId: "t"'));
		expect(controller.mode).toBe('typescript');
		expect(lastVerdict().valid).toBe(true);
	});

	test('a broken draft in storage is ignored', () => {
		const storage = memoryStorage();
		storage.setItem(`intuned-playground:draft:${SEED}`, '{nope');
		const { editor } = setup({ storage });
		expect(JSON.parse(editor.getText()).operationId).toBe('<value>');
	});

	test('switching modes converts the value and renames keys; the schema for completion follows', async () => {
		const { controller, editor, lastVerdict } = setup({ model: 'authsessioncreateresume' });
		await controller.switchMode('typescript');
		expect(editor.getText()).toContain('infoRequestId: "99999999-9999-9999-9999-999999999999"');
		expect(lastVerdict().valid).toBe(true);
		expect((editor.configured.at(-1)![1] as { properties: object }).properties).toHaveProperty('infoRequestId');
		await controller.switchMode('json');
		expect(editor.getText()).toContain('"info_request_id"');
	});

	test('a share link opens with its model, mode and text; editing afterwards clears the address bar', async () => {
		const hash = `#${await encodeShare({ model: 'details', mode: 'json', text: '{"requestType": "OTP"}' })}`;
		const { controller, editor, view, replaced, lastVerdict } = setup({ hash });
		await controller.openShareLink();
		expect(view.model).toBe('details');
		expect(lastVerdict().problems[0]!.message).toContain('did you mean "otp"?');
		editor.type('{}');
		expect(replaced).toEqual(['/playground/']);
	});

	test('Copy as curl: the body as written when valid; nothing copied and an error notice when not', async () => {
		const operation = { method: 'POST' as const, path: '/x/{id}', parameters: [], requestBody: { model: 'AuthSessionCreateResume', argument: 'a', description: 'd' } };
		const { controller, editor, clipboard, view } = setup({ model: 'authsessioncreateresume', operation });
		editor.type('{"input": "1", "info_request_id": "r"}');
		const command = await controller.copyCurl();
		expect(clipboard).toEqual([command]);
		expect(command).toContain('"info_request_id": "r"');
		editor.type('{"input": 1}');
		expect(await controller.copyCurl()).toBeUndefined();
		expect(clipboard).toHaveLength(1);
		expect(view.notice!.tone).toBe('error');
	});
});
