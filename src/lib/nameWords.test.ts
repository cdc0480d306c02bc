import fc from 'fast-check';
import { expect, test } from 'vitest';
import { nameWords } from './nameWords';

test('PascalCase and camelCase names split before each capitalised word', () => {
	expect(nameWords('CreateOrUpdateAuthSessionStartStatus')).toEqual(['Create', 'Or', 'Update', 'Auth', 'Session', 'Start', 'Status']);
	expect(nameWords('requestedOperationId')).toEqual(['requested', 'Operation', 'Id']);
	expect(nameWords('HTTPResponse2xx')).toEqual(['HTTP', 'Response2xx']);
	expect(nameWords('Draft07SchemaFile')).toEqual(['Draft07', 'Schema', 'File']);
});

test('snake_case and dotted names split after the separator', () => {
	expect(nameWords('info_request_id')).toEqual(['info_', 'request_', 'id']);
	expect(nameWords('CreateOrUpdateAuthSessionStartStatus.Started')).toEqual([
		'Create', 'Or', 'Update', 'Auth', 'Session', 'Start', 'Status.', 'Started',
	]);
});

test('words, acronyms and names shorter than 12 characters stay whole', () => {
	for (const word of ['status', 'JSON', 'SDK', 'e.g.', 'a_b', '', 'TypeScript', 'operationId']) {
		expect(nameWords(word)).toEqual([word]);
	}
	expect(nameWords('info_request')).toEqual(['info_', 'request']);
	expect(nameWords('AUTHORIZATION_TOKEN')).toEqual(['AUTHORIZATION_', 'TOKEN']);
});

test('the pieces always join back to the name, none empty', () => {
	fc.assert(
		fc.property(fc.stringMatching(/^[A-Za-z0-9_.]{0,40}$/), (name) => {
			const words = nameWords(name);
			expect(words.join('')).toBe(name);
			if (name !== '') expect(words.every((word) => word !== '')).toBe(true);
		})
	);
});
