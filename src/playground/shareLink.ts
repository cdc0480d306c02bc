/**
 * Share links: the playground's text travels compressed (deflate-raw, the platform's
 * CompressionStream) and base64url-encoded in the URL fragment, which browsers never send to a
 * server. Decoding is defensive: a truncated, garbled or oversized fragment becomes a message.
 */

export type EditorMode = 'json' | 'typescript';

export interface ShareState {
	model: string;
	mode: EditorMode;
	text: string;
}

export type DecodedShare =
	| { kind: 'none' }
	| { kind: 'ok'; state: ShareState }
	| { kind: 'error'; message: string };

export interface DecodeShareOptions {
	/** Longest text a link may unpack to, in bytes: guards against a compression bomb. */
	maxTextBytes?: number;
	/** Slugs a link may name; anything else is refused. */
	models: readonly string[];
}

import { MAX_SHARED_TEXT_BYTES } from '../validation/limits';

export { MAX_SHARED_TEXT_BYTES };
const MAX_FRAGMENT_LENGTH = 4 * MAX_SHARED_TEXT_BYTES;
const MODES: Record<string, EditorMode> = { json: 'json', ts: 'typescript' };

/** The fragment (without `#`) that restores this state. */
export async function encodeShare(state: ShareState): Promise<string> {
	// No limit is passed, so pump always returns bytes here.
	const compressed = (await pump(new TextEncoder().encode(state.text), new CompressionStream('deflate-raw')))!;
	const params = new URLSearchParams({
		model: state.model,
		mode: state.mode === 'typescript' ? 'ts' : 'json',
		code: toBase64Url(compressed),
	});
	return params.toString();
}

/** Reads a fragment (with or without `#`). `none` when it holds no shared code at all. */
export async function decodeShare(
	fragment: string,
	{ maxTextBytes = MAX_SHARED_TEXT_BYTES, models }: DecodeShareOptions
): Promise<DecodedShare> {
	const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (!raw.includes('code=')) return { kind: 'none' };
	const fail = (why: string): DecodedShare => ({
		kind: 'error',
		message: `This share link could not be opened: ${why} The default example is shown instead.`,
	});
	if (raw.length > MAX_FRAGMENT_LENGTH) return fail('it is too long.');
	const params = new URLSearchParams(raw);
	const model = params.get('model') ?? '';
	if (!models.includes(model)) return fail('it names a model this site does not document.');
	const mode = MODES[params.get('mode') ?? 'json'];
	if (!mode) return fail('it names an unknown editor mode.');
	const bytes = fromBase64Url(params.get('code') ?? '');
	if (!bytes) return fail('its code is not valid base64url (was the link cut short?).');
	try {
		const text = await pump(bytes, new DecompressionStream('deflate-raw'), maxTextBytes);
		if (text === undefined) return fail(`it unpacks to more than ${Math.round(maxTextBytes / 1024)} KB.`);
		return { kind: 'ok', state: { model, mode, text: new TextDecoder('utf-8', { fatal: true }).decode(text) } };
	} catch {
		return fail('its code is damaged (was the link cut short?).');
	}
}

/** Runs bytes through a (de)compression stream; undefined once the output passes `limit`. */
async function pump(
	input: Uint8Array,
	transform: CompressionStream | DecompressionStream,
	limit = Number.POSITIVE_INFINITY
): Promise<Uint8Array | undefined> {
	const reader = new Blob([input as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
