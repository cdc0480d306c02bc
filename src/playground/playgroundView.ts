import { inlineCode } from '../lib/inlineCode';
import type { PlaygroundExample } from '../lib/playgroundExamples';
import type { ModelEntry } from '../schemas/registry';
import type { Problem, ShownVerdict } from '../validation/validate';
import { MAX_SHOWN_PROBLEMS } from './editorAdapter';
import type { Notice, PlaygroundController, PlaygroundView } from './playgroundController';
import { problemListPage } from './problemListPage';
import { sdkOutputView } from './sdkOutputView';
import type { EditorMode } from './shareLink';
import { severityLabel, verdictState, verdictSummary } from './verdictSummary';

/** Screen readers hear the verdict once the reader pauses, not after every keystroke. */
export const ANNOUNCE_DELAY_MS = 800;

export interface ViewEnv {
	document: Document;
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
	/**
	 * Runs a callback once the next frame has been drawn: the problem list's rows out of view, and
	 * (in `mountPlayground`) the editor's features.
	 */
	afterNextFrame: (callback: () => void) => void;
}


/**
 * The playground's DOM: finds its elements, renders what the controller decides (verdict, problem
 * list, SDK output, notices, model and mode controls) and hands the reader's clicks to the
 * controller. Every piece of reader text goes in through textContent, never as HTML.
 */
export function playgroundView(root: HTMLElement, env: ViewEnv): PlaygroundView & { bind(controller: PlaygroundController): void } {
	const doc = env.document;
	const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
	const statusLine = $<HTMLElement>('[data-pg-status]')!;
	const live = $<HTMLElement>('[data-pg-live]')!;
	const list = $<HTMLOListElement>('[data-pg-problems]')!;
	const notice = $<HTMLElement>('[data-pg-notice]')!;
	const noticeText = $<HTMLElement>('[data-pg-notice-text]')!;
	const noticeAction = $<HTMLButtonElement>('[data-pg-notice-action]')!;
	const exampleSelect = $<HTMLSelectElement>('[data-pg-example]')!;
	const modelSelect = $<HTMLSelectElement>('[data-pg-model]');
	const modeInputs = [...root.querySelectorAll<HTMLInputElement>('[data-pg-mode]')];
	const output = {
		section: $<HTMLElement>('[data-pg-output]')!,
		title: $<HTMLElement>('[data-pg-output-title]')!,
		note: $<HTMLElement>('[data-pg-output-note]')!,
		text: $<HTMLElement>('[data-pg-output-text]')!,
	};

	let controller: PlaygroundController | undefined;
	let announceTimer: unknown;
	let noticeRun: (() => void) | undefined;
	/** The verdict on screen; list items read their problem from here when clicked. */
	let shown: ShownVerdict | undefined;
	let shownKey = '';
	/** Problems of `shown` the list may hold, how many it has drawn, and how many it never holds. */
	let listed: Problem[] = [];
	let batches = 0;
	let drawn = 0;
	/** Rows the list holds once the rows left for after the frame are drawn. */
	let batchEnd = 0;
	let unlisted = 0;
	/** Counts the lists drawn and batches asked for: rows left for after a frame are not drawn into a newer one. */
	let listRun = 0;

	const problemKey = (problem: Problem) => {
		const { range } = problem;
		return `${problem.severity} ${range.startLine}:${range.startColumn}-${range.endLine}:${range.endColumn} ${problem.pathText} ${problem.message} ${problem.fixes?.length ?? 0}`;
	};

	const part = (tag: string, className: string, text: string) => {
		const element = doc.createElement(tag);
		element.className = className;
		element.textContent = text;
		return element;
	};

	/** A message with `code` shown as code: split on backticks, each run added as text. */
	const message = (text: string) => {
		const element = doc.createElement('span');
		element.className = 'pg-message';
		for (const run of inlineCode(text)) element.append(run.code ? part('code', '', run.text) : doc.createTextNode(run.text));
		return element;
	};

	function problemItem(problem: Problem, index: number): HTMLLIElement {
		const item = doc.createElement('li');
		item.className = 'pg-item';
		const button = doc.createElement('button');
		button.type = 'button';
		button.className = 'pg-problem';
		button.dataset.severity = problem.severity;
		button.append(
			part('span', 'pg-severity', severityLabel(problem.severity)),
			part('code', 'pg-path', problem.pathText),
			message(problem.message),
			part('span', 'pg-position', `${problem.range.startLine}:${problem.range.startColumn}`)
		);
		button.setAttribute(
			'aria-label',
			`${severityLabel(problem.severity).toLowerCase()} at line ${problem.range.startLine}, column ${problem.range.startColumn}, ${problem.pathText}: ${problem.message}`
		);
		// The current verdict's range: offsets may have moved since this item was drawn.
		button.addEventListener('click', () => controller?.editor.reveal((shown?.problems[index] ?? problem).range));
		item.append(button);
		for (const fix of problem.fixes ?? []) {
			const apply = part('button', 'pg-fix', 'Fix') as HTMLButtonElement;
			apply.type = 'button';
			apply.title = fix.title;
			apply.setAttribute('aria-label', `Fix: ${fix.title}`);
			apply.addEventListener('click', () => {
				const current = shown?.problems[index]?.fixes?.find((candidate) => candidate.title === fix.title);
				if (current) controller?.applyFix(current);
			});
			item.append(apply);
		}
		return item;
	}

	const moreItem = doc.createElement('li');
	moreItem.className = 'pg-more';
	const moreText = doc.createElement('span');
	const moreButton = part('button', 'pg-show-more', '') as HTMLButtonElement;
	moreButton.type = 'button';
	moreItem.append(moreText, moreButton);
	moreButton.addEventListener('click', () => {
		const first = batchEnd;
		drawList();
		// The keyboard goes on from the first problem just drawn, not back to the top of the page.
		list.children[first]?.querySelector<HTMLButtonElement>('.pg-problem')?.focus();
	});

	/** Draws the listed problems' rows up to `upTo`, before the row that says what is left. */
	function drawRows(upTo: number) {
		if (upTo <= drawn) return;
		const items = listed.slice(drawn, upTo).map((problem, i) => problemItem(problem, drawn + i));
		drawn = upTo;
		if (moreItem.parentNode === list) moreItem.before(...items);
		else list.append(...items);
	}

	/**
	 * Draws the list's next batch (the first for a new verdict: its first rows now, the rest once
	 * the verdict's frame is drawn) and says what is left.
	 */
	function drawList() {
		const page = problemListPage({ listable: listed.length, unlisted, batches: ++batches });
		const run = ++listRun;
		moreItem.remove();
		drawRows(page.now);
		batchEnd = page.count;
		if (page.now < page.count) env.afterNextFrame(() => run === listRun && drawRows(page.count));
		moreText.textContent = page.rest ?? '';
		moreButton.textContent = page.more ?? '';
		moreButton.hidden = page.more === undefined;
		if (page.rest !== undefined) list.append(moreItem);
	}

	const view = {
		showVerdict(next: ShownVerdict, mode: EditorMode) {
			const summary = verdictSummary(next);
			statusLine.textContent = summary;
			statusLine.dataset.state = verdictState(next);
			shown = next;
			listed = next.problems.slice(0, MAX_SHOWN_PROBLEMS);
			unlisted = Math.max(0, next.problems.length - MAX_SHOWN_PROBLEMS) + next.omittedWarnings;
			// Most keystrokes leave every problem where it was (typing inside one value): then the
			// markers and the list stay as they are, which keeps typing cheap with hundreds of warnings.
			const ranges = (next.uncheckedRanges ?? []).map((range) => `${range.start}-${range.end}`).join(' ');
			const key = `${unlisted} ${ranges}\n${listed.map(problemKey).join('\n')}`;
			if (key !== shownKey) {
				shownKey = key;
				controller?.editor.showProblems(next);
				batches = drawn = 0;
				list.replaceChildren();
				drawList();
			}
			root.dataset.valid = String(next.valid);
			const outputView = sdkOutputView(next, mode);
			output.section.dataset.state = outputView.text === undefined ? 'waiting' : 'shown';
			output.title.textContent = outputView.title;
			output.note.textContent = outputView.note;
			output.text.textContent = outputView.text ?? '';
			output.text.hidden = outputView.text === undefined;
			env.clearTimeout(announceTimer);
			announceTimer = env.setTimeout(() => {
				const first = next.problems[0];
				live.textContent = first ? `${summary}. ${first.pathText}: ${first.message.replaceAll('`', '')}` : summary;
			}, ANNOUNCE_DELAY_MS);
		},

		showNotice(next: Notice | undefined) {
			noticeText.textContent = next?.message ?? '';
			notice.dataset.tone = next?.tone ?? 'info';
			notice.hidden = next === undefined;
			noticeRun = next?.action?.run;
			noticeAction.textContent = next?.action?.label ?? '';
			noticeAction.hidden = next?.action === undefined;
		},

		showModel(model: ModelEntry, examples: PlaygroundExample[]) {
			if (modelSelect) modelSelect.value = model.slug;
			root.dataset.model = model.slug;
			exampleSelect.replaceChildren(
				new Option('Load an example…', ''),
				...examples.map((example) => new Option(example.label, example.id))
			);
			// The editor re-draws its problems for the new model's verdict.
			shownKey = '';
		},

		showMode(mode: EditorMode) {
			root.dataset.mode = mode;
			for (const input of modeInputs) input.checked = input.value === mode;
			shownKey = '';
		},

		showShareUrl(url: string) {
			root.dataset.shareUrl = url;
		},

		/** Wires the page's controls to the controller. */
		bind(next: PlaygroundController) {
			controller = next;
			shownKey = '';
			exampleSelect.addEventListener('change', () => {
				next.loadExample(exampleSelect.value);
				exampleSelect.value = '';
			});
			modelSelect?.addEventListener('change', () => next.switchModel(modelSelect.value));
			for (const input of modeInputs) input.addEventListener('change', () => void next.switchMode(input.value as EditorMode));
			$('[data-pg-format]')!.addEventListener('click', () => next.format());
			$('[data-pg-reset]')!.addEventListener('click', () => next.reset());
			$('[data-pg-copy]')!.addEventListener('click', () => void next.copy());
			$('[data-pg-share]')!.addEventListener('click', () => void next.share());
			$('[data-pg-curl]')?.addEventListener('click', async () => {
				const command = await next.copyCurl();
				if (command) root.dataset.curl = command;
			});
			noticeAction.addEventListener('click', () => noticeRun?.());
		},
	};
	return view;
}
