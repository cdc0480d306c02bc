/**
 * Calls `start` once, the first time the reader reaches for search: the pointer enters the search
 * button, the button gets focus or a click, or Ctrl+K / Cmd+K is pressed (Starlight's shortcut).
 * The environment comes in as parameters, so this runs in Node with plain `EventTarget`s.
 */
export interface SearchIntentTargets {
	/** The button that opens the search dialog. */
	button: EventTarget;
	/** Where the keyboard shortcut is heard (the window). */
	keyboard: EventTarget;
}

const BUTTON_EVENTS = ['pointerenter', 'focus', 'click'] as const;

const isSearchShortcut = (event: Event): boolean => {
	const key = event as KeyboardEvent;
	return (key.ctrlKey === true || key.metaKey === true) && key.key === 'k';
};

export function onFirstSearchIntent({ button, keyboard }: SearchIntentTargets, start: () => void): void {
	let started = false;
	const fire = () => {
		if (started) return;
		started = true;
		for (const type of BUTTON_EVENTS) button.removeEventListener(type, fire);
		keyboard.removeEventListener('keydown', onKey, { capture: true });
		start();
	};
	// Capture phase: heard before Starlight's own shortcut handler opens the dialog.
	const onKey = (event: Event) => {
		if (isSearchShortcut(event)) fire();
	};
	for (const type of BUTTON_EVENTS) button.addEventListener(type, fire);
	keyboard.addEventListener('keydown', onKey, { capture: true });
}
