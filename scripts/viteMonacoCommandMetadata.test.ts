import { expect, test } from 'vitest';
import { monacoModules } from './monacoModulesMatching.test-helper';
import { COMMAND_METADATA_FILTER, commandMetadataEdits, dropCommandMetadata } from './viteMonacoCommandMetadata.mjs';

test('a command\'s metadata keeps only its arguments\' constraints, each at its position', () => {
	const code = [
		'registerCommand({ id: "a", metadata: { description: localize(1, "Does a {thing}"), args: [',
		'  { name: "first", description: `one ${"}"}`, schema: { type: "object" } },',
		'  { name: "second", constraint: isSecond, schema: {} },',
		'] } });',
		'X_.metadata = {',
		'  description: "Scroll",',
		'  args: [{ name: "o", description: "{", constraint: isScrollArgs, schema: { type: "object", required: ["to"] } }]',
		'};',
	].join('\n');
	const result = dropCommandMetadata(code);
	expect(result.dropped).toBe(2);
	expect(result.code).toBe(
		['registerCommand({ id: "a", metadata: { args: [{}, { constraint: isSecond }] } });', 'X_.metadata = { args: [{ constraint: isScrollArgs }] };'].join('\n')
	);
});

test('quoted names count as the names they spell', () => {
	expect(dropCommandMetadata('f({ "metadata": { "description": "d", "args": [{ "name": "a", "constraint": isA }] } });').code).toBe(
		'f({ "metadata": { args: [{ constraint: isA }] } });'
	);
});

test('metadata without any constraint becomes an empty object, with or without arguments', () => {
	expect(dropCommandMetadata('f({ metadata: { description: "d" } });').code).toBe('f({ metadata: {} });');
	expect(dropCommandMetadata('f({ metadata: { description: "d", args: [{ name: "args", schema: s }] } });').code).toBe('f({ metadata: {} });');
});

test('objects that are not command metadata are left as they are', () => {
	const others = [
		'paste({ metadata: { version: 1, id: generateUuid(), mode } });',
		'f({ metadata: { description: "d", source: "s" } });',
		'f({ metadata: { description: "d", args: schemaArgs } });',
		'f({ metadata: { description: "d", args: [{ name: "x", other: 1 }] } });',
		'f({ metadata: { ...base, description: "d" } });',
		'f({ metadata: someMetadata });',
		'f({ info: { description: "d", args: [] } });',
		'x.metadata == { description: "d" };',
		// A name given twice: JavaScript keeps the last, and the cut does not guess.
		'f({ metadata: { description: "d", args: [{ constraint: isA }], args: [] } });',
		'f({ metadata: { description: "d", args: [{ constraint: isA, "constraint": isB }] } });',
	];
	for (const code of others) expect(dropCommandMetadata(code)).toEqual({ code, dropped: 0 });
});

/**
 * An evaluator of object literals from Monaco's source, with every free name bound to a stand-in
 * (the same object for the same name, and for the same property of it, in every literal it
 * evaluates), so two literals can be compared by what they hold.
 */
function literalEvaluator(): (text: string) => any {
	const tokens = new Map<string, unknown>();
	const token = (path: string): unknown => {
		if (!tokens.has(path)) {
			const target = function () {
				return `result of ${path}()`;
			};
			tokens.set(path, new Proxy(target, { get: (_, key) => (typeof key === 'string' ? token(`${path}.${key}`) : undefined) }));
		}
		return tokens.get(path);
	};
	const scope = new Proxy({}, { has: () => true, get: (_, key) => (typeof key === 'string' ? token(key) : undefined) });
	// Monaco's own pinned source, not anything a reader typed.
	return (text) => new Function('scope', `with (scope) { return (${text}); }`)(scope);
}

const commandMetadataInText = /(?:\bmetadata: |\.metadata = )\{\s*description: /g;

test("in the pinned Monaco, every command's metadata is cut, and the registry gets the same constraints as before", () => {
	let cut = 0;
	for (const { path, text } of monacoModules()) {
		if (!text.includes('metadata')) continue;
		const edits = commandMetadataEdits(text, path);
		// Found by shape as often as the text shows a metadata object that starts with its description.
		expect(edits.length, path).toBe(text.match(commandMetadataInText)?.length ?? 0);
		for (const edit of edits) {
			const evaluate = literalEvaluator();
			const before = evaluate(text.slice(edit.start, edit.end));
			const after = evaluate(edit.text);
			// What the commands registry reads (platform/commands/common/commands.js): each argument's constraint.
			const constraints = (metadata: any) => (Array.isArray(metadata.args) ? metadata.args.map((arg: any) => arg.constraint) : []);
			const checked = constraints(before).filter((constraint: unknown) => constraint !== undefined);
			if (checked.length > 0) expect(constraints(after), path).toEqual(constraints(before));
			else expect(after, path).toEqual({});
			expect(after.description, path).toBeUndefined();
		}
		cut += edits.length;
	}
	// Commands of the core, cursor moves, folding, hover, code actions, word operations and more.
	expect(cut).toBeGreaterThan(30);
});

test('only Monaco modules that name metadata reach the transform (its filter)', () => {
	const reaches = (id: string, code: string) => COMMAND_METADATA_FILTER.id.test(id) && code.includes(COMMAND_METADATA_FILTER.code);
	expect(reaches('/p/node_modules/monaco-editor/esm/vs/editor/browser/coreCommands.js', 'X.metadata = {}')).toBe(true);
	expect(reaches('/p/node_modules/monaco-editor/esm/vs/editor/browser/coreCommands.js?v=1', 'X.metadata = {}')).toBe(true);
	expect(reaches('/p/node_modules/monaco-editor/esm/vs/editor/browser/coreCommands.js', 'no such word')).toBe(false);
	expect(reaches('/p/src/playground/monacoEditor.ts', 'metadata: {}')).toBe(false);
	expect(reaches('/p/node_modules/monaco-editor/esm/vs/editor/editor.css', 'metadata')).toBe(false);
});
