import { describe, expect, test } from 'vitest';
import { onFirstSearchIntent } from './onFirstSearchIntent';

const keydown = (init: { key: string; ctrlKey?: boolean; metaKey?: boolean }) =>
	Object.assign(new Event('keydown'), { ctrlKey: false, metaKey: false, ...init });

function setUp() {
	const button = new EventTarget();
	const keyboard = new EventTarget();
	let calls = 0;
	onFirstSearchIntent({ button, keyboard }, () => calls++);
	return { button, keyboard, calls: () => calls };
}

describe('onFirstSearchIntent', () => {
	test('nothing starts before the reader reaches for search', () => {
		const { keyboard, calls } = setUp();
		keyboard.dispatchEvent(keydown({ key: 'k' }));
		keyboard.dispatchEvent(keydown({ key: 'x', ctrlKey: true }));
		keyboard.dispatchEvent(new Event('keyup'));
		expect(calls()).toBe(0);
	});

	test.each(['pointerenter', 'focus', 'click'])('a %s on the search button starts it', (type) => {
		const { button, calls } = setUp();
		button.dispatchEvent(new Event(type));
		expect(calls()).toBe(1);
	});

	test.each([{ ctrlKey: true }, { metaKey: true }])('the shortcut (%o + K) starts it', (modifier) => {
		const { keyboard, calls } = setUp();
		keyboard.dispatchEvent(keydown({ key: 'k', ...modifier }));
		expect(calls()).toBe(1);
	});

	test('it starts once, whatever comes after', () => {
		const { button, keyboard, calls } = setUp();
		button.dispatchEvent(new Event('pointerenter'));
		button.dispatchEvent(new Event('focus'));
		button.dispatchEvent(new Event('click'));
		keyboard.dispatchEvent(keydown({ key: 'k', ctrlKey: true }));
		expect(calls()).toBe(1);
	});
});
