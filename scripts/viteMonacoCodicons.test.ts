import { expect, test } from 'vitest';
import { monacoModuleSource } from './loadMonacoModule.test-helper';
import { monacoModulesMatching } from './monacoModulesMatching.test-helper';
import { dropUnusedCodicons } from './viteMonacoCodicons.mjs';


const TABLE = [
	'const codiconsLibrary = {',
	'\tadd: register("add", 0xea60),',
	'\tlightBulb: register("light-bulb", 0xea61),',
	'\terror: register("error", 0xea87),',
	'\tloading: register("loading", 0xeb19),',
	'\tgist: register("gist", 0xeafb),',
	'\tunusedThing: register("unused-thing", 0xeb00),',
	'\tzap: register("zap", 0xea86)',
	'};',
].join('\n');

const chunk = (rest: string) => `${TABLE}\n${rest}`;
const keptNames = (code: string) => [...code.matchAll(/(\w+): register\("[\w-]+", 0x/g)].map((match) => match[1]);

test('keeps the icons the rest of the chunk names, by property of the icon objects or by id, and drops the others', () => {
	const rest = [
		'const Codicon = { ...codiconsLibrary, dialogError: register("dialog-error", "error") };',
		'icon(Codicon.lightBulb);',
		'label("$(loading~spin) Loading");',
		'const element = "codicon codicon-gist";',
		// A property of another object with an icon's name is not a use of that icon.
		'const set = new Set(); set.add(1); list.unusedThing;',
		'const zapper = Codicon.zapper;',
		'const first = codiconsLibrary.add;',
	].join('\n');
	const result = dropUnusedCodicons(chunk(rest), { minEntries: 5 })!;
	expect(keptNames(result.code)).toEqual(['add', 'lightBulb', 'error', 'loading', 'gist']);
	expect(result).toMatchObject({ entries: 7, kept: 5 });
	expect(keptNames(dropUnusedCodicons(chunk('set.add(1); x.zap; Codicon$1.gist;'), { minEntries: 5 })!.code)).toEqual(['gist']);
	// What is kept still reads as JavaScript, with the rest of the chunk untouched.
	expect(result.code.endsWith(`};\n${rest}`)).toBe(true);
	const table = result.code.slice(0, result.code.indexOf('};') + 2);
	const run = new Function('register', `${table} return codiconsLibrary;`);
	expect(Object.keys(run((id: string) => ({ id })))).toEqual(['add', 'lightBulb', 'error', 'loading', 'gist']);
});

test('keeps an icon only another chunk names (Monaco is split in several)', () => {
	const result = dropUnusedCodicons(chunk('icon(Codicon.lightBulb);'), {
		minEntries: 5,
		elsewhere: 'suggestIcon(Codicon.zap);\nconst spinner = "$(loading~spin)";',
	})!;
	expect(keptNames(result.code)).toEqual(['lightBulb', 'loading', 'zap']);
});

test('reports a chunk without the table (say, a Monaco upgrade changed its shape) as not found', () => {
	expect(dropUnusedCodicons('const a = 1;')).toBeUndefined();
	expect(dropUnusedCodicons(chunk('x()'), { minEntries: 100 })).toBeUndefined();
});

test("finds the pinned Monaco's table, and no Monaco module looks an icon up by a computed name", () => {
	const library = monacoModuleSource('vs/base/common/codiconsLibrary.js');
	expect(dropUnusedCodicons(library)?.entries).toBeGreaterThan(700);
	expect(monacoModulesMatching(/\b(?:Codicon|codiconsLibrary)\s*\[/)).toEqual([]);
	// Nor through another name: every use is `Codicon.name` or `codiconsLibrary.name` (or the id).
	expect(monacoModulesMatching(/=\s*(?:Codicon|codiconsLibrary)\s*[;,)]|\}\s*=\s*(?:Codicon|codiconsLibrary)\b/)).toEqual([]);
});
