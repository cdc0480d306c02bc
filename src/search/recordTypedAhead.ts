/**
 * Keeps the text a reader types into the search dialog before its search box exists (the search
 * UI is fetched when the reader first reaches for search: `deferredPagefindUI.ts`), so what they
 * typed right after Ctrl+K lands in the box instead of being lost. Printable keys are added and
 * Backspace takes the last character back; keys with Ctrl, Cmd or Alt, and keys pressed while
 * `listening()` is false, are left alone. The environment comes in as parameters, so this runs in
 * Node with a plain `EventTarget`.
 */
export interface TypedAheadOptions {
	/** Where key presses are heard (the window). */
	keyboard: EventTarget;
	/** Whether a key press now is meant for search (its dialog is open). */
	listening: () => boolean;
}

/** Starts recording; the function returned stops it and gives the text typed meanwhile. */
export function recordTypedAhead({ keyboard, listening }: TypedAheadOptions): () => string {
	let typed = '';
	const onKey = (event: Event) => {
		const key = event as KeyboardEvent;
		if (!listening() || key.ctrlKey || key.metaKey || key.altKey || key.isComposing) return;
		if (key.key === 'Backspace') typed = [...typed].slice(0, -1).join('');
		// A printable key's `key` is the character it types (one code point); named keys are words.
		else if ([...key.key].length === 1) typed += key.key;
	};
	keyboard.addEventListener('keydown', onKey);
	return () => {
		keyboard.removeEventListener('keydown', onKey);
		return typed;
	};
}
