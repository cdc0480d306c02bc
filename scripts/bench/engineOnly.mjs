// `node scripts/bench/engineOnly.mjs` (under `flock /tmp/heavy.lock`): only the engine rows of
// `npm run bench`, without a build or a browser: `validate(text, model)` against `JSON.parse` plus
// ajv on the model's JSON Schema (made from the registry, as the build publishes it), each payload
// shape and size, the candidates taking turns (`engineMeasures.mjs`). Prints the load average at
// start and end and the engine rows of the bench's table (`benchTable.mjs`). BENCH_ENGINE_MS (1500) ms per case; BENCH_SHAPES (comma
// separated) and BENCH_SIZES (bytes, comma separated) pick cases.
import { loadavg } from 'node:os';
import Ajv from 'ajv';
import { createServer } from 'vite';
import { engineRows, formatTable } from './benchTable.mjs';
import { ENGINE_SIZES, engineMeasures } from './engineMeasures.mjs';
import { payloads } from './payloads.mjs';

const ENGINE_MS = Number(process.env.BENCH_ENGINE_MS ?? 1500);
const shapes = process.env.BENCH_SHAPES?.split(',') ?? Object.keys(payloads);
const sizes = process.env.BENCH_SIZES?.split(',').map(Number) ?? ENGINE_SIZES;
const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadAtStart = loadAverage();

// The engine runs through Vite's SSR loader, as in scripts/bench.mjs, so TypeScript loads as it is.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true } });
const { validate } = await vite.ssrLoadModule('/src/validation/validate.ts');
const { getModel } = await vite.ssrLoadModule('/src/schemas/registry.ts');
const { toJsonSchema } = await vite.ssrLoadModule('/src/lib/toJsonSchema.ts');
await vite.close();
const model = getModel('createorupdateauthsessionstart'); // the model /playground/ opens with
const ajvValidate = new Ajv().compile(toJsonSchema(model, { site: 'http://127.0.0.1:4321' }));

const rows = engineMeasures({ validate: (text) => validate(text, model), ajvValidate, budgetMs: ENGINE_MS, shapes, sizes });
console.log(`load average (1, 5, 15 min) ${loadAtStart} at start, ${loadAverage()} at end\n`);
console.log(formatTable(engineRows(rows)));
