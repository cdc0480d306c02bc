import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare, type ShareState } from './shareLink';

const models = ['createorupdateauthsessionstart', 'createorupdateauthsessionstartstatus'];
const state: ShareState = { model: models[0]!, mode: 'json', text: '{\n  "status": "Started"\n}\n' };

async function deflate(text: string): Promise<string> {
	const fragment = await encodeShare({ ...state, text });
	return new URLSearchParams(fragment).get('code')!;
}

describe('share links', () => {
	test('round-trip text, model and mode', async () => {
		for (const mode of ['json', 'typescript'] as const) {
			const fragment = await encodeShare({ ...state, mode });
			expect(await decodeShare(`#${fragment}`, { models })).toEqual({ kind: 'ok', state: { ...state, mode } });
		}
	});

	test('the fragment is URL-safe and compressed', async () => {
		const fragment = await encodeShare({ ...state, text: JSON.stringify({ a: 'x'.repeat(10_000) }) });
		expect(fragment).toMatch(/^[A-Za-z0-9_=&.-]+$/);
		expect(fragment.length).toBeLessThan(200);
	});

	test('a fragment without code is not a share link', async () => {
		expect(await decodeShare('#fields', { models })).toEqual({ kind: 'none' });
		expect(await decodeShare('', { models })).toEqual({ kind: 'none' });
	});

	test.each([
		['garbage code', 'model=createorupdateauthsessionstart&code=!!!notbase64', 'not valid base64url'],
		['random bytes', 'model=createorupdateauthsessionstart&code=AAECAwQFBgcICQ', 'damaged'],
		['an unknown model', 'model=evil&code=AA', 'does not document'],
		['an unknown mode', 'model=createorupdateauthsessionstart&mode=python&code=AA', 'unknown editor mode'],
	])('%s gives a clear message', async (_label, fragment, message) => {
		const decoded = await decodeShare(fragment, { models });
		expect(decoded.kind).toBe('error');
		expect(decoded.kind === 'error' && decoded.message).toContain(message);
		expect(decoded.kind === 'error' && decoded.message).toContain('The default example is shown instead.');
	});

	test('a truncated link is refused, not half-loaded', async () => {
		const code = await deflate(JSON.stringify({ text: 'lorem ipsum '.repeat(50) + Math.random() }));
		const decoded = await decodeShare(`model=${models[0]}&code=${code.slice(0, code.length - 6)}`, { models });
		expect(decoded.kind).toBe('error');
	});

	test('a compression bomb stops at the cap', async () => {
		const code = await deflate('a'.repeat(5 * 1024 * 1024));
		expect(code.length).toBeLessThan(20_000);
		const decoded = await decodeShare(`model=${models[0]}&code=${code}`, { models });
		expect(decoded.kind === 'error' && decoded.message).toContain('more than 1024 KB');
	});

	test('invalid UTF-8 is refused', async () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0xfd]);
		const compressed = new Uint8Array(
			await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()
		);
		const code = btoa(String.fromCharCode(...compressed)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
		expect((await decodeShare(`model=${models[0]}&code=${code}`, { models })).kind).toBe('error');
	});

	test('property: any well-formed text round-trips; any fragment decodes without throwing', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
				const decoded = await decodeShare(await encodeShare({ ...state, text }), { models });
				expect(decoded).toEqual({ kind: 'ok', state: { ...state, text } });
			}),
			{ numRuns: 200 }
		);
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 200 }), async (fragment) => {
				const decoded = await decodeShare(`code=${fragment}&model=${models[0]}`, { models });
				expect(['ok', 'error']).toContain(decoded.kind);
			}),
			{ numRuns: 300 }
		);
	});
});
