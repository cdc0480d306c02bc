import { describe, expect, test } from 'vitest';
import { getModel } from '../../src/schemas/registry';
import { validate } from '../../src/validation/validate';
import { payloads } from './payloads.mjs';
import { bundledEngine } from './bundledEngine.mjs';

describe('bundledEngine', () => {
	test('the bundle the bench times gives the verdicts the sources give', async () => {
		const bundle = await bundledEngine();
		const slug = 'createorupdateauthsessionstart';
		const texts = [...Object.values(payloads).map((payload) => payload(1024)), '{"status": "Started"', '[1, 2'];
		for (const text of texts) {
			expect(JSON.parse(JSON.stringify(bundle.validate(text, bundle.getModel(slug))))).toEqual(
				JSON.parse(JSON.stringify(validate(text, getModel(slug))))
			);
		}
	}, 60_000);
});
