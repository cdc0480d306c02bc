// Vite plugin: keeps only the codicons the bundled Monaco code names. Monaco's icon font table
// (`codiconsLibrary`, 760 icons, ~8 KB gzip) is one object literal, so the bundler keeps all of it,
// and at start Monaco registers every icon and writes a CSS rule for each. The editor here shows a
// few dozen (find, suggest, quick fix, folding, problems); code reaches an icon by its property
// on the icon objects (`Codicon.lightBulb`, `codiconsLibrary.lightBulb`; the chunk is read before
// minification, so those names are intact) or, in labels and derived icons, by its id
// (`$(loading~spin)`, `register('dialog-error', 'error')`). A bare `.name` elsewhere is not a use:
// `.filter`, `.map` or `.save` on other objects kept 57 icons nothing draws. After bundling, an
// icon whose name and id appear nowhere else in the bundle (the rest of its chunk, and every other
// chunk: Monaco is split in two, scripts/monacoChunks.mjs) cannot be reached, and its entry is
// dropped. No icon is ever looked up by a computed name (`Codicon[name]`) or through another name
// for the icon objects in the pinned Monaco; `viteMonacoCodicons.test.ts` checks that.

import { escapeRegExp } from './escapeRegExp.mjs';
import { monacoModulePath } from './monacoModulePath.mjs';

const LIBRARY = 'vs/base/common/codiconsLibrary.js';

/** One entry of the table as the bundler prints it: `name: register("id", 0xea60),`. */
const ENTRY = /([A-Za-z_$][\w$]*)\s*:\s*([A-Za-z_$][\w$]*)\(\s*(["'`])([\w-]+)\3\s*,\s*(0x[\da-fA-F]+|\d+)\s*\)\s*,?\s*/g;

/**
 * The chunk without the table entries nothing else in it or in `elsewhere` (the code of the
 * bundle's other chunks) names, and how many entries it had and kept; `undefined` when the chunk
 * has no run of at least `minEntries` table entries.
 */
export function dropUnusedCodicons(code, { minEntries = 500, elsewhere = '' } = {}) {
	let table;
	let run;
	for (const match of code.matchAll(ENTRY)) {
		if (run && match.index === run.end) {
			run.end += match[0].length;
			run.entries.push(match);
		} else run = { start: match.index, end: match.index + match[0].length, entries: [match] };
		if (!table || run.entries.length > table.entries.length) table = run;
	}
	if (!table || table.entries.length < minEntries) return undefined;
	const rest = `${code.slice(0, table.start)}${code.slice(table.end)}\n${elsewhere}`;
	const named = ([, name, , , id]) =>
		new RegExp(`\\b(?:Codicon|codiconsLibrary)(?:\\$\\d+)?\\.${escapeRegExp(name)}(?![\\w$])`).test(rest) ||
		new RegExp(`["'\`]${escapeRegExp(id)}["'\`~]|\\$\\(${escapeRegExp(id)}[)~]|codicon-${escapeRegExp(id)}(?![\\w-])`).test(rest);
	const kept = table.entries.filter(named);
	const last = table.entries.at(-1)[0];
	// The last entry's own trailing text (a newline and the closing brace's indent) stays.
	const tail = last.slice(last.trimEnd().replace(/,$/, '').length).replace(/^,/, '');
	const body = kept.map((entry) => `${entry[0].trimEnd().replace(/,$/, '')},`).join(' ');
	return {
		code: code.slice(0, table.start) + body + tail + code.slice(table.end),
		entries: table.entries.length,
		kept: kept.length,
	};
}

/** @returns {import('vite').Plugin} */
export function monacoUsedCodicons() {
	return {
		name: 'monaco-used-codicons',
		apply: 'build',
		renderChunk(code, chunk, _options, meta) {
			if (!chunk.moduleIds.some((id) => monacoModulePath(id) === LIBRARY)) return null;
			// Monaco's modules in the other chunks, as rendered (tree-shaken): an icon named only there
			// is kept. (Only Monaco's code names icons; the playground's own never does.)
			if (!meta?.chunks) this.error('the bundler gave no chunk graph to renderChunk; check scripts/viteMonacoCodicons.mjs');
			const elsewhere = Object.values(meta.chunks)
				.filter((other) => other.fileName !== chunk.fileName)
				.flatMap((other) => Object.entries(other.modules))
				.filter(([id]) => monacoModulePath(id) !== undefined)
				.map(([, module]) => module.code ?? '')
				.join('\n');
			const result = dropUnusedCodicons(code, { elsewhere });
			if (!result) this.error(`${chunk.fileName}: the codicon table was not found; check scripts/viteMonacoCodicons.mjs`);
			return { code: result.code, map: null };
		},
	};
}
