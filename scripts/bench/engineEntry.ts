// What the bench runs in Node, bundled as the site bundles it (scripts/bench/bundledEngine.mjs).
export { validate } from '../../src/validation/validate';
export { getModel } from '../../src/schemas/registry';
export { toJsonSchema } from '../../src/lib/toJsonSchema';
export { playgroundExamples } from '../../src/lib/playgroundExamples';
export { schemaFilePath, PLAYGROUND_PATH } from '../../src/lib/paths';
