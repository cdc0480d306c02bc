// The bench's one table: pages x measures (medians, min-max), engine rows, the ratios and the
// targets of issue 13. Pure: results in, rows and their text out.
import { summary } from './summary.mjs';

export const COLUMNS = [
	['measure', 'measure'],
	['ours', 'ours'],
	['stock', 'stock Monaco'],
	['bare', 'bare Monaco'],
	['floor', 'JSON.parse+ajv'],
	['ratio', 'ratio'],
	['target', 'target'],
	['met', 'met'],
];

const DASH = '–';
const plain = (value, digits) => value.toFixed(digits);
/** "median (min–max)", or just the value when every sample was the same. */
function spread(values, digits = 0, scale = 1) {
	const { median, min, max, n } = summary(values.map((value) => value * scale));
	if (n === 0) return DASH;
	if (plain(min, digits) === plain(max, digits)) return plain(median, digits);
	return `${plain(median, digits)} (${plain(min, digits)}–${plain(max, digits)})`;
}
const median = (values) => summary(values).median;
/**
 * "0.59x"; with more digits when two would put the ratio on the other side of its limit (a
 * 0.503x against <= 0.5x must not read "0.50x" beside "no", nor 0.5004x "0.500x").
 */
const times = (ratio, limit) => {
	let digits = 2;
	while (digits < 6 && limit !== undefined && Number(ratio.toFixed(digits)) <= limit !== ratio <= limit) digits++;
	return `${ratio.toFixed(digits)}x`;
};
const met = (...checks) => (checks.some((check) => Number.isNaN(check.value)) ? DASH : checks.every((check) => check.value <= check.limit) ? 'yes' : 'no');
const kib = 1 / 1024;
/** Engine times: µs below 1 ms. */
const engineTime = (stats) => (stats.median < 1 ? `${(stats.median * 1000).toFixed(1)} µs` : `${stats.median.toFixed(2)} ms`);
const sizeName = (bytes) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * Samples of one page over the whole run (empty where the page does not take the measure).
 * @typedef {object} PageSamples
 * @property {number[]} readyMs
 * @property {number[]} featuresMs the editor's features (find, hover, quick fixes...) in (ours: after the first line)
 * @property {number[]} gzipBytes
 * @property {number[]} rawBytes
 * @property {number[]} markMs keystroke -> problem mark
 * @property {number[]} verdictMs keystroke -> verdict (ours)
 * @property {number[]} pasteMs 1 MB paste -> next frame drawn
 * @property {number[]} longTaskMs main-thread tasks over 50 ms while typing in the 1 MB value
 * @property {number} longTaskRounds visits that typed in the 1 MB value
 * @property {number[]} typingVerdictMs
 */
/** @typedef {{ median: number, min: number, max: number, n: number }} Stats */
/** @typedef {{ shape: string, bytes: number, validate: Stats, parseAjv: Stats, ratio: number }} EngineRow */

/**
 * @param {{ pages: Record<'ours' | 'stock' | 'bare', PageSamples>, engine: EngineRow[], typescript?: { ms: number, bytes: { gzip: number } } }} results
 */
export function benchTable({ pages, engine, typescript }) {
	const { ours, stock, bare } = pages;
	const rows = [];
	const row = (measure, cells) => rows.push({ measure, ours: DASH, stock: DASH, bare: DASH, floor: DASH, ratio: DASH, target: DASH, met: DASH, ...cells });

	const readyStock = median(ours.readyMs) / median(stock.readyMs);
	const readyBare = median(ours.readyMs) / median(bare.readyMs);
	row('editor ready (first line drawn), ms', {
		ours: spread(ours.readyMs),
		stock: spread(stock.readyMs),
		bare: spread(bare.readyMs),
		ratio: `${times(readyStock, 0.8)} stock, ${times(readyBare, 1.1)} bare`,
		target: '<= 0.8x stock, <= 1.1x bare',
		met: met({ value: readyStock, limit: 0.8 }, { value: readyBare, limit: 1.1 }),
	});
	row("editor features in (ours: they come after the first line), ms", { ours: spread(ours.featuresMs) });
	const gzipStock = median(ours.gzipBytes) / median(stock.gzipBytes);
	row('JS+CSS (with workers) loaded, gzip KiB', {
		ours: spread(ours.gzipBytes, 0, kib),
		stock: spread(stock.gzipBytes, 0, kib),
		bare: spread(bare.gzipBytes, 0, kib),
		ratio: `${times(gzipStock, 0.5)} stock`,
		target: '<= 0.5x stock',
		met: met({ value: gzipStock, limit: 0.5 }),
	});
	row('JS+CSS (with workers) loaded, raw KiB', {
		ours: spread(ours.rawBytes, 0, kib),
		stock: spread(stock.rawBytes, 0, kib),
		bare: spread(bare.rawBytes, 0, kib),
		ratio: `${times(median(ours.rawBytes) / median(stock.rawBytes))} stock`,
	});
	const markStock = median(ours.markMs) / median(stock.markMs);
	row('keystroke -> problem mark, ms', {
		ours: spread(ours.markMs),
		stock: spread(stock.markMs),
		ratio: `${times(markStock, 0.1)} stock`,
		target: '<= 0.1x stock',
		met: met({ value: markStock, limit: 0.1 }),
	});
	row('keystroke -> verdict (ours), ms', { ours: spread(ours.verdictMs, 1) });
	const pasteBare = median(ours.pasteMs) / median(bare.pasteMs);
	row('1 MB paste -> verdict (bare: taken in), next frame, ms', {
		ours: spread(ours.pasteMs),
		bare: spread(bare.pasteMs),
		ratio: `${times(pasteBare, 1.3)} bare`,
		target: '<= 1.3x bare',
		met: met({ value: pasteBare, limit: 1.3 }),
	});
	const longest = Math.max(0, ...ours.longTaskMs);
	row('typing in the 1 MB value: longest main-thread task, ms', {
		ours: `${longest.toFixed(0)} (${ours.longTaskMs.filter((ms) => ms > 50).length} over 50)`,
		target: '<= 50',
		met: ours.longTaskRounds > 0 ? met({ value: longest, limit: 50 }) : DASH,
	});
	row('typing in the 1 MB value: keystroke -> verdict, ms', { ours: spread(ours.typingVerdictMs) });
	if (typescript) {
		row('TypeScript mode: first switch -> verdict, ms (one run)', {
			ours: `${typescript.ms.toFixed(0)} (+${(typescript.bytes.gzip / 1024).toFixed(0)} KiB gzip)`,
		});
	}
	rows.push(...engineRows(engine));
	return rows;
}

/**
 * The engine's rows alone (`npm run bench` ends with them; `engineOnly.mjs` prints only them):
 * from 100 KB the target is 2x `JSON.parse` + ajv, below it an absolute 20 µs.
 * @param {EngineRow[]} engine
 */
export function engineRows(engine) {
	return engine.map((entry) => {
		const large = entry.bytes >= 100 * 1024;
		return {
			measure: `engine, ${entry.shape}, ${sizeName(entry.bytes)}: validate`,
			ours: engineTime(entry.validate),
			stock: DASH,
			bare: DASH,
			floor: engineTime(entry.parseAjv),
			ratio: times(entry.ratio, large ? 2 : undefined),
			target: large ? '<= 2x' : '<= 20 µs',
			met: large ? met({ value: entry.ratio, limit: 2 }) : met({ value: entry.validate.median * 1000, limit: 20 }),
		};
	});
}

/** The rows as an aligned Markdown table. */
export function formatTable(rows) {
	const header = Object.fromEntries(COLUMNS);
	const widths = COLUMNS.map(([key]) => Math.max(...[header, ...rows].map((row) => String(row[key]).length)));
	const line = (row) => `| ${COLUMNS.map(([key], i) => String(row[key]).padEnd(widths[i])).join(' | ')} |`;
	return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
