// `npm run bench` (after `npm run build`): the playground against two baselines built from the
// same installed monaco-editor, "stock Monaco" and "bare Monaco" (scripts/bench/pages), measured
// in alternation, cold loads, in headless Chromium; and the engine against JSON.parse + ajv in
// Node. Prints one table (README, "Performance") and writes it to bench-results/latest.json.
// Times depend on the machine and its load: read the ratios, which compare runs made side by side.
//
// BENCH_ROUNDS (default 7) rounds; each visits the three pages once, the first page of the order
// moving by one each round (ours/stock/bare, stock/bare/ours, ...), so no page always follows
// the same one. BENCH_KEYSTROKES (5) problem marks per visit, BENCH_TYPING_KEYS (10) keys typed
// in the 1 MB value per visit of ours, BENCH_ENGINE_MS (1500) ms per engine case.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import Ajv from 'ajv';
import { findChromium } from './chromium.mjs';
import { BASELINES_PATH, buildBaselines } from './bench/buildBaselines.mjs';
import { benchTable, formatTable } from './bench/benchTable.mjs';
import { bundledEngine } from './bench/bundledEngine.mjs';
import { engineMeasures } from './bench/engineMeasures.mjs';
import { typescriptSwitch, visitPage } from './bench/pageMeasures.mjs';
import { payloads } from './bench/payloads.mjs';
import { startStaticServer } from './bench/staticServer.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 5);
const TYPING_KEYS = Number(process.env.BENCH_TYPING_KEYS ?? 10);
const ENGINE_MS = Number(process.env.BENCH_ENGINE_MS ?? 1500);
const OUT_DIR = 'bench-results';

const progress = (step) => console.error(`[bench] ${step}`);
const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadAtStart = loadAverage();
progress(`load average ${loadAtStart}`);

// The engine and the seed, bundled as the site bundles them (bench/bundledEngine.mjs).
const { validate, getModel, playgroundExamples, schemaFilePath, PLAYGROUND_PATH } = await bundledEngine();
const model = getModel('createorupdateauthsessionstart'); // the model /playground/ opens with
const seedText = playgroundExamples(model)[0].text;
const schema = JSON.parse(readFileSync(`dist${schemaFilePath(model.name)}`, 'utf8'));

progress('building the baselines');
await buildBaselines({ outDir: `${OUT_DIR}/baselines`, text: seedText, schema });

const server = await startStaticServer({ '/': 'dist', [BASELINES_PATH]: `${OUT_DIR}/baselines` });
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const PAGES = {
	ours: { path: PLAYGROUND_PATH, ours: true, keystrokes: KEYSTROKES, typing: TYPING_KEYS, paste: true },
	stock: { path: `${BASELINES_PATH}stock/`, ours: false, keystrokes: KEYSTROKES, typing: 0, paste: false },
	bare: { path: `${BASELINES_PATH}bare/`, ours: false, keystrokes: 0, typing: 0, paste: true },
};
const megabyte = payloads.unknownKeys(1024 * 1024);
const names = Object.keys(PAGES);
const samples = Object.fromEntries(
	names.map((name) => [
		name,
		{ readyMs: [], featuresMs: [], gzipBytes: [], rawBytes: [], markMs: [], verdictMs: [], pasteMs: [], pasteDoneMs: [], longTaskMs: [], longTaskRounds: 0, typingVerdictMs: [] },
	])
);
const visits = [];
let typescript;
try {
	for (let round = 0; round < ROUNDS; round++) {
		const order = names.map((_, i) => names[(round + i) % names.length]);
		progress(`round ${round + 1}/${ROUNDS}: ${order.join(', ')}`);
		for (const name of order) {
			const plan = PAGES[name];
			const visit = await visitPage(browser, `${server.origin}${plan.path}`, { ...plan, paste: plan.paste ? megabyte : undefined });
			visits.push({ round, page: name, ...visit, bytes: { ...visit.bytes, files: round === 0 ? visit.bytes.files : undefined } });
			const s = samples[name];
			s.readyMs.push(visit.readyMs);
			if (visit.featuresMs !== undefined) s.featuresMs.push(visit.featuresMs);
			s.gzipBytes.push(visit.bytes.gzip);
			s.rawBytes.push(visit.bytes.raw);
			if (visit.keystroke) s.markMs.push(...visit.keystroke.marks), s.verdictMs.push(...visit.keystroke.verdicts);
			if (visit.paste) s.pasteMs.push(visit.paste.ms), s.pasteDoneMs.push(visit.paste.doneMs);
			if (visit.typing) {
				s.longTaskMs.push(...visit.typing.longTasks);
				s.longTaskRounds++;
				s.typingVerdictMs.push(...visit.typing.verdicts);
			}
			if (visit.errors) progress(`${name}: page errors: ${visit.errors.join('; ')}`);
		}
	}
	progress('TypeScript switch');
	typescript = await typescriptSwitch(browser, `${server.origin}${PAGES.ours.path}`);
} finally {
	await browser.close();
	await server.close();
}

progress('engine');
const ajvValidate = new Ajv().compile(schema);
const engine = engineMeasures({ validate: (text) => validate(text, model), ajvValidate, budgetMs: ENGINE_MS });

const loadAtEnd = loadAverage();
const rows = benchTable({ pages: samples, engine, typescript });
const table = formatTable(rows);
const heading = `${ROUNDS} rounds, cold loads in alternation; load average (1, 5, 15 min) ${loadAtStart} at start, ${loadAtEnd} at end`;
console.log(`\n${heading}\n\n${table}\n`);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(
	`${OUT_DIR}/latest.json`,
	`${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, loadAverage: { start: loadAtStart, end: loadAtEnd }, table: rows, text: table, samples, engine, typescript, visits }, null, 2)}\n`
);
