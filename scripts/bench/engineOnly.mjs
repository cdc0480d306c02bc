// `node scripts/bench/engineOnly.mjs` (under `flock /tmp/heavy.lock`): only the engine rows of
// `npm run bench`, without a build or a browser: `validate(text, model)` against `JSON.parse` plus
// ajv on the model's JSON Schema (made from the registry, as the build publishes it), each payload
// shape and size, the candidates taking turns (`engineMeasures.mjs`). Prints the load average at
// start and end and the engine rows of the bench's table (`benchTable.mjs`). BENCH_ENGINE_MS (1500) ms per case; BENCH_SHAPES (comma
// separated) and BENCH_SIZES (bytes, comma separated) pick cases.
import { loadavg } from 'node:os';
import Ajv from 'ajv';
import { bundledEngine } from './bundledEngine.mjs';
import { engineRows, formatTable } from './benchTable.mjs';
import { ENGINE_SIZES, engineMeasures } from './engineMeasures.mjs';
import { payloads } from './payloads.mjs';

const ENGINE_MS = Number(process.env.BENCH_ENGINE_MS ?? 1500);
const shapes = process.env.BENCH_SHAPES?.split(',') ?? Object.keys(payloads);
const sizes = process.env.BENCH_SIZES?.split(',').map(Number) ?? ENGINE_SIZES;
const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadAtStart = loadAverage();

// The engine bundled as the site bundles it, as in scripts/bench.mjs.
const { validate, getModel, toJsonSchema } = await bundledEngine();
const model = getModel('createorupdateauthsessionstart'); // the model /playground/ opens with
const ajvValidate = new Ajv().compile(toJsonSchema(model, { site: 'http://127.0.0.1:4321' }));

const rows = engineMeasures({ validate: (text) => validate(text, model), ajvValidate, budgetMs: ENGINE_MS, shapes, sizes });
console.log(`load average (1, 5, 15 min) ${loadAtStart} at start, ${loadAverage()} at end\n`);
console.log(formatTable(engineRows(rows)));
