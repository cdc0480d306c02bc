import { expect, test } from 'vitest';
import { benchTable, formatTable, type PageSamples } from './benchTable.mjs';

const stats = (median: number) => ({ median, min: median, max: median, n: 1 });
const page = (values: Partial<PageSamples>): PageSamples => ({
	readyMs: [],
	featuresMs: [],
	gzipBytes: [],
	rawBytes: [],
	markMs: [],
	verdictMs: [],
	pasteMs: [],
	longTaskMs: [],
	longTaskRounds: 0,
	typingVerdictMs: [],
	...values,
});
const results = (ours: Partial<PageSamples>, longTaskRounds = 1) => ({
	pages: {
		ours: page({ ...ours, longTaskRounds }),
		stock: page({ readyMs: [500, 400, 600], gzipBytes: [2048 * 1024], rawBytes: [4096 * 1024], markMs: [500] }),
		bare: page({ readyMs: [300, 380, 400], gzipBytes: [1024 * 1024], rawBytes: [2048 * 1024], pasteMs: [100] }),
	},
	engine: [
		{ shape: 'nested', bytes: 1024, validate: stats(0.015), parseAjv: stats(0.005), ratio: 3 },
		{ shape: 'nested', bytes: 100 * 1024, validate: stats(3), parseAjv: stats(2), ratio: 1.5 },
		{ shape: 'nested', bytes: 1024 * 1024, validate: stats(30), parseAjv: stats(10), ratio: 3 },
	],
});
const byMeasure = (rows: ReturnType<typeof benchTable>) => Object.fromEntries(rows.map((row) => [row.measure, row]));

test('ratios of medians, against each target', () => {
	const rows = byMeasure(
		benchTable(
			results({ readyMs: [390, 380, 420], featuresMs: [450, 500, 480], gzipBytes: [1024 * 1024], rawBytes: [1024 * 1024], markMs: [10, 20, 30], pasteMs: [120], longTaskMs: [] })
		)
	);
	const ready = rows['editor ready (first line drawn), ms'];
	// Reported beside it, with no target: the features the editor loads after its first line.
	expect(rows['editor features in (ours: they come after the first line), ms']).toMatchObject({ ours: '480 (450–500)', stock: '–', target: '–', met: '–' });
	expect(ready.ours).toBe('390 (380–420)');
	expect(ready.stock).toBe('500 (400–600)');
	expect(ready.ratio).toBe('0.78x stock, 1.03x bare');
	expect(ready.met).toBe('yes');
	expect(rows['JS+CSS (with workers) loaded, gzip KiB']).toMatchObject({ ours: '1024', ratio: '0.50x stock', met: 'yes' });
	expect(rows['keystroke -> problem mark, ms']).toMatchObject({ ratio: '0.04x stock', met: 'yes' });
	expect(rows['1 MB paste -> verdict (bare: taken in), next frame, ms']).toMatchObject({ ratio: '1.20x bare', met: 'yes' });
	expect(rows['typing in the 1 MB value: longest main-thread task, ms']).toMatchObject({ ours: '0 (0 over 50)', met: 'yes' });
	expect(rows['engine, nested, 1 KB: validate']).toMatchObject({ ours: '15.0 µs', floor: '5.0 µs', met: 'yes' });
	expect(rows['engine, nested, 100 KB: validate']).toMatchObject({ ratio: '1.50x', met: 'yes' });
	expect(rows['engine, nested, 1 MB: validate']).toMatchObject({ ours: '30.00 ms', ratio: '3.00x', met: 'no' });
});

test('a missed target says no, and a measure not taken says neither', () => {
	const rows = byMeasure(
		benchTable(results({ readyMs: [410], gzipBytes: [1100 * 1024], rawBytes: [1], markMs: [60], pasteMs: [140], longTaskMs: [51, 20] }))
	);
	expect(rows['editor ready (first line drawn), ms']).toMatchObject({ ratio: '0.82x stock, 1.08x bare', met: 'no' });
	const slowerThanBare = byMeasure(benchTable(results({ readyMs: [399] })));
	expect(slowerThanBare['editor ready (first line drawn), ms'].met).toBe('yes');
	const bare = results({ readyMs: [399] });
	bare.pages.bare.readyMs = [360];
	expect(byMeasure(benchTable(bare))['editor ready (first line drawn), ms']).toMatchObject({ ratio: '0.80x stock, 1.11x bare', met: 'no' });
	expect(rows['JS+CSS (with workers) loaded, gzip KiB'].met).toBe('no');
	expect(rows['keystroke -> problem mark, ms'].met).toBe('no');
	expect(rows['1 MB paste -> verdict (bare: taken in), next frame, ms'].met).toBe('no');
	expect(rows['typing in the 1 MB value: longest main-thread task, ms']).toMatchObject({ ours: '51 (1 over 50)', met: 'no' });
	const untyped = byMeasure(benchTable(results({ readyMs: [450], pasteMs: [] }, 0)));
	expect(untyped['typing in the 1 MB value: longest main-thread task, ms'].met).toBe('–');
	expect(untyped['1 MB paste -> verdict (bare: taken in), next frame, ms']).toMatchObject({ ours: '–', met: '–' });
});

test('formatTable aligns a Markdown table', () => {
	const text = formatTable(benchTable(results({ readyMs: [390] })));
	const lines = text.split('\n');
	expect(lines[0]).toMatch(/^\| measure +\| ours +\| stock Monaco +\| bare Monaco +\| JSON\.parse\+ajv +\| ratio +\| target +\| met +\|$/);
	expect(lines[1]).toMatch(/^\|-+(\|-+){7}\|$/);
	expect(new Set(lines.map((line) => line.length)).size).toBe(1);
});

test('a ratio just over its limit gets a third digit, so the table never reads "0.50x" beside "no"', () => {
	const input = results({ gzipBytes: [1031 * 1024] });
	input.engine[1] = { ...input.engine[1]!, ratio: 2.004 };
	const rows = byMeasure(benchTable(input));
	expect(rows['JS+CSS (with workers) loaded, gzip KiB']).toMatchObject({ ratio: '0.503x stock', met: 'no' });
	expect(rows['engine, nested, 100 KB: validate']).toMatchObject({ ratio: '2.004x', met: 'no' });
	const barely = results({});
	barely.engine[1] = { ...barely.engine[1]!, ratio: 2.0004 };
	expect(byMeasure(benchTable(barely))['engine, nested, 100 KB: validate'].ratio).toBe('2.0004x');
	// Two digits where they are enough: on either side of the limit, clearly.
	expect(byMeasure(benchTable(results({ gzipBytes: [1100 * 1024] })))['JS+CSS (with workers) loaded, gzip KiB'].ratio).toBe('0.54x stock');
});
