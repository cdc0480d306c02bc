import { expect, test } from 'vitest';
import { recordTypedAhead } from './recordTypedAhead';

const keydown = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; isComposing?: boolean } = {}) =>
	Object.assign(new Event('keydown'), { key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...modifiers });

function typeKeys(keyboard: EventTarget, keys: string[]) {
	for (const key of keys) keyboard.dispatchEvent(keydown(key));
}

test('printable keys are kept in order, Backspace takes the last one back, named keys add nothing', () => {
	const keyboard = new EventTarget();
	const stop = recordTypedAhead({ keyboard, listening: () => true });
	typeKeys(keyboard, ['a', 'u', 'x', 'Backspace', 't', 'Shift', 'H', ' ', 'é', 'ArrowLeft', 'Enter', 'Tab']);
	expect(stop()).toBe('autH é');
});

test('a character outside the basic plane counts as one key, and Backspace removes all of it', () => {
	const keyboard = new EventTarget();
	const stop = recordTypedAhead({ keyboard, listening: () => true });
	typeKeys(keyboard, ['a', '😀', '😀', 'Backspace']);
	expect(stop()).toBe('a😀');
});

test('shortcuts and keys of an input method in the middle of composing are left alone', () => {
	const keyboard = new EventTarget();
	const stop = recordTypedAhead({ keyboard, listening: () => true });
	keyboard.dispatchEvent(keydown('k', { ctrlKey: true }));
	keyboard.dispatchEvent(keydown('k', { metaKey: true }));
	keyboard.dispatchEvent(keydown('x', { altKey: true }));
	keyboard.dispatchEvent(keydown('n', { isComposing: true }));
	keyboard.dispatchEvent(keydown('q'));
	expect(stop()).toBe('q');
});

test('keys pressed while not listening (the dialog closed) are not kept', () => {
	const keyboard = new EventTarget();
	let open = false;
	const stop = recordTypedAhead({ keyboard, listening: () => open });
	typeKeys(keyboard, ['a', 'b']);
	open = true;
	typeKeys(keyboard, ['c']);
	open = false;
	typeKeys(keyboard, ['d']);
	expect(stop()).toBe('c');
});

test('nothing is kept after it stops', () => {
	const keyboard = new EventTarget();
	const stop = recordTypedAhead({ keyboard, listening: () => true });
	typeKeys(keyboard, ['a']);
	expect(stop()).toBe('a');
	typeKeys(keyboard, ['b']);
	expect(stop()).toBe('a');
});
