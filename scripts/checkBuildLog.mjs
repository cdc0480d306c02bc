// `npm run test:build`: fails when the last `npm run build` printed a warning that the README's
// "Known build messages" does not explain (see scripts/buildWarnings.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BUILD_LOG } from './build.mjs';
import { unexpectedBuildWarnings } from './buildWarnings.mjs';

const where = relative(process.cwd(), BUILD_LOG);
if (!existsSync(BUILD_LOG)) {
	console.error(`No build output at ${where}: run \`npm run build\` first.`);
	process.exit(1);
}
const unexpected = unexpectedBuildWarnings(readFileSync(BUILD_LOG, 'utf8'));
if (unexpected.length > 0) {
	console.error(
		[
			`The build printed ${unexpected.length} warning(s) not listed in the README's "Known build messages" (full output: ${where}):`,
			...unexpected.map((line) => `  ${line}`),
			'Remove each at its cause; if one truly cannot be removed, explain it in the README and add it to KNOWN_BUILD_MESSAGES in scripts/buildWarnings.mjs.',
		].join('\n')
	);
	process.exit(1);
}
console.log(`Build output (${where}): no unexpected warnings.`);
