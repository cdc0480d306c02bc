import { expect, test } from 'vitest';
import { loadMonacoModule, monacoModuleSource } from './loadMonacoModule.test-helper';
import { TOKENS_EDITING_MODULE, fixTokensEditing, monacoTokensFix } from './viteMonacoTokensFix.mjs';

const original = monacoModuleSource(TOKENS_EDITING_MODULE);

type Tokens = ArrayBuffer | Uint32Array | null;
interface TokensEditing {
	ContiguousTokensEditing: {
		insert(tokens: Tokens, chIndex: number, textLength: number): Tokens;
		deleteEnding(tokens: Tokens, fromChIndex: number): Tokens;
		append(tokens: Tokens, other: Tokens): Tokens;
	};
	EMPTY_LINE_TOKENS: ArrayBuffer;
}

const load = (source: string) => loadMonacoModule<TokensEditing>(TOKENS_EDITING_MODULE, source);

/** Ends of the tokens Monaco stores for line 2 after typing "x" into it (empty) and pressing Delete there. */
function joinAfterTyping({ ContiguousTokensEditing: editing, EMPTY_LINE_TOKENS }: TokensEditing): number[] | null {
	const typed = editing.insert(EMPTY_LINE_TOKENS, 0, 1);
	// Delete at the end of "x" joins line 3, "2" (one token, 1 character long): "x2".
	const joined = editing.append(editing.deleteEnding(typed, 1), new Uint32Array([1, 0]).buffer);
	return joined === null ? null : [...new Uint32Array(joined)].filter((_, index) => index % 2 === 0);
}

test('the installed Monaco has the code the fix replaces (once), and the fixed module differs only there', () => {
	const fixed = fixTokensEditing(original);
	expect(fixed).not.toBe(original);
	expect(fixed.replace(/ {8}if \(lineTokens === EMPTY_LINE_TOKENS && textLength > 0\) \{\n[^\n]*\n[^\n]*\n {8}\}\n/, '')).toBe(original);
});

test('another version of the module fails the build instead of going without the fix', () => {
	expect(() => fixTokensEditing(original.replace('static insert(', 'static insertAt('))).toThrow(/0\.57/);
	expect(() => fixTokensEditing(original + original)).toThrow(/0\.57/);
});

test("Monaco's own module: the joined line's tokens end before its text (the bug the fix is for)", async () => {
	expect(joinAfterTyping(await load(original))).toEqual([1]);
});

test('fixed: text typed into an empty line leaves its tokens unknown, so the joined line has none to disagree', async () => {
	const fixed = await load(fixTokensEditing(original));
	expect(joinAfterTyping(fixed)).toBeNull();
	const { ContiguousTokensEditing: editing, EMPTY_LINE_TOKENS } = fixed;
	// An empty insertion (Enter at the start of an empty line) keeps the line empty.
	expect(editing.insert(EMPTY_LINE_TOKENS, 0, 0)).toBe(EMPTY_LINE_TOKENS);
	// Lines with tokens are edited as before: the token holding the insertion grows.
	expect([...new Uint32Array(editing.insert(new Uint32Array([2, 7, 5, 9]).buffer, 3, 2)!)]).toEqual([2, 7, 7, 9]);
});

test('only the patched module reaches the transform, whatever the query or path separators', () => {
	const reaches = (id: string) => monacoTokensFix().transform.filter.id.test(id.replaceAll('\\', '/'));
	expect(reaches(`/app/node_modules/monaco-editor/esm/${TOKENS_EDITING_MODULE}`)).toBe(true);
	expect(reaches(`/app/node_modules/monaco-editor/esm/${TOKENS_EDITING_MODULE}?v=1`)).toBe(true);
	expect(reaches(`C:\\app\\node_modules\\monaco-editor\\esm\\${TOKENS_EDITING_MODULE.replaceAll('/', '\\')}`)).toBe(true);
	expect(reaches('/app/node_modules/monaco-editor/esm/vs/editor/common/tokens/contiguousTokensStore.js')).toBe(false);
	expect(reaches('/app/src/vs/editor/common/tokens/contiguousTokensEditing.js')).toBe(false);
});
