import fc from 'fast-check';
import { expect, test } from 'vitest';
import { filterReach, loadMonacoModule, monacoModuleSource } from './loadMonacoModule.test-helper';
import { readsEachCharacter, textWithLineBreaks } from './textWithLineBreaks.test-helper';
import { EOL_COUNTER_MODULE, rememberEolCount, monacoEolCount } from './viteMonacoEolCount.mjs';

const original = monacoModuleSource(EOL_COUNTER_MODULE);

type CountEol = (text: string) => [number, number, number, number];

const load = async (source: string) => (await loadMonacoModule<{ countEOL: CountEol }>(EOL_COUNTER_MODULE, source)).countEOL;

test('the installed Monaco has the function the patch wraps (once)', () => {
	expect(rememberEolCount(original)).not.toBe(original);
	expect(() => rememberEolCount(original.replace('function countEOL(', 'function countLineBreaks('))).toThrow(/0\.57/);
	expect(() => rememberEolCount(original + original)).toThrow(/0\.57/);
});

test("patched, every count in any sequence of texts is Monaco's own, and no caller can change another's", async () => {
	const [monaco, remembered] = await Promise.all([load(original), load(rememberEolCount(original))]);
	const text = textWithLineBreaks(20);
	// Texts in turn, often the same one again (as the model's parts ask after one edit).
	const sequence = fc.array(fc.oneof(text, fc.constant('again')), { minLength: 1, maxLength: 12 });
	fc.assert(
		fc.property(sequence, (texts) => {
			let previous = '';
			for (const item of texts) {
				const current = item === 'again' ? previous : item;
				const counts = remembered(current);
				expect(counts).toEqual(monaco(current));
				counts[0] = -1; // a caller changing its copy
				expect(remembered(current)).toEqual(monaco(current));
				previous = current;
			}
		})
	);
});

test('patched, a text with no `\\r` is searched, not walked character by character; one with `\\r` is walked', async () => {
	const remembered = await load(rememberEolCount(original));
	expect(readsEachCharacter(remembered, 'ab\ncd\n'.repeat(100))).toBe(false);
	expect(readsEachCharacter(remembered, 'ab\r\ncd')).toBe(true);
});

test('only the patched module reaches the transform, whatever the query', () => {
	expect(filterReach(monacoEolCount(), EOL_COUNTER_MODULE, 'vs/editor/common/core/misc/other.js')).toEqual({ module: true, withQuery: true, neighbour: false });
});
