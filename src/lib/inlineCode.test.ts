import { expect, test } from 'vitest';
import { inlineCode, plainText } from './inlineCode';

test('splits backtick runs into code runs', () => {
	expect(inlineCode('Its `operationId` names it.')).toEqual([
		{ text: 'Its ', code: false },
		{ text: 'operationId', code: true },
		{ text: ' names it.', code: false },
	]);
});

test('plainText drops the backticks', () => {
	expect(plainText('a `b` c')).toBe('a b c');
});
