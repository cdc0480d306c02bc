import { describe, expect, test } from 'vitest';
import { payloads } from './payloads.mjs';

const SIZES = [1024, 100 * 1024, 1024 * 1024];

describe.each(Object.entries(payloads))('%s', (_name, payload) => {
	test.each(SIZES)('is JSON of about %i bytes', (bytes) => {
		const text = payload(bytes);
		expect(() => JSON.parse(text)).not.toThrow();
		expect(text.length).toBeGreaterThanOrEqual(bytes);
		expect(text.length).toBeLessThan(bytes + 200);
	});
});

test('each shape is what its name says', () => {
	const size = 100 * 1024;
	const unknown = JSON.parse(payloads.unknownKeys(size));
	expect(Object.keys(unknown).length).toBeGreaterThan(1000);

	const long = JSON.parse(payloads.longString(size));
	expect(Object.keys(long)).toEqual(['status', 'operationId']);
	expect(long.operationId.length).toBeGreaterThan(size * 0.9);
	expect(long.operationId).toContain('\n');

	const nested = JSON.parse(payloads.nested(size));
	expect(nested.items.length).toBeGreaterThan(500);
	expect(nested.items[3]).toEqual({ id: 3, name: 'item 3', tags: ['a', 'b'], meta: { x: 3, ok: true, ratio: 0.5 } });

	expect(JSON.parse(payloads.arrayRoot(1024 * 1024)).length).toBeGreaterThan(9000);
	expect(JSON.parse(payloads.arrayRoot(1024 * 1024)).length).toBeLessThan(11000);

	const duplicates = payloads.duplicateKeys(size);
	expect(duplicates.match(/"operationId"/g)!.length).toBeGreaterThan(1000);
	expect(Object.keys(JSON.parse(duplicates))).toEqual(['status', 'operationId']);
});
