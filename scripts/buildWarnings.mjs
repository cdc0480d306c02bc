// What the build may print, and what it may not. `npm run build` captures its output
// (scripts/build.mjs) and `npm test` checks it (scripts/checkBuildLog.mjs) against KNOWN_BUILD_MESSAGES,
// so a new warning fails the tests instead of scrolling past. Each known message is explained in the
// README's "Known build messages".

/**
 * Warnings the build is allowed to print, each with the README's explanation. Empty today: every
 * warning the build used to print was removed at its cause (see the README).
 * @type {readonly { pattern: RegExp, meaning: string }[]}
 */
export const KNOWN_BUILD_MESSAGES = [];

/** A line that reports a problem: Astro's `[WARN]`/`[ERROR]`, Vite's `(!)`, Node's and npm's warnings. */
const WARNING_LINE = /\[(?:WARN|ERROR)\]|^\s*\(!\)|^\s*\(node:\d+\) \w*Warning|^npm (?:warn|WARN|ERR)/;

/**
 * The warning lines of a build log that no known message accounts for.
 * @param {string} log the build's output, without colour codes
 * @param {readonly { pattern: RegExp }[]} [known]
 * @returns {string[]}
 */
export function unexpectedBuildWarnings(log, known = KNOWN_BUILD_MESSAGES) {
	return log
		.split(/\r?\n/)
		.filter((line) => WARNING_LINE.test(line))
		.filter((line) => !known.some(({ pattern }) => pattern.test(line)))
		.map((line) => line.trim());
}

/**
 * Rolldown's notices that come from Astro itself and that no project setting can remove, dropped
 * from the build output (passed as Vite's `build.rolldownOptions.onwarn`). Only this exact notice:
 * Astro wraps each content entry with propagated assets (here the MDX home page) in a module that
 * starts with its own marker "use astro:head-inject", and Rolldown then says the marker "may not be
 * preserved when bundling". Astro 7 no longer reads that marker (its head plugin recognises these
 * modules by their `?astroPropagatedAssets` id), so nothing is lost when the bundle drops it
 * (upstream: withastro/astro#18087).
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: { code?: string, message: string }) => void} warn the default handler
 */
export function dropAstroInternalNotices(warning, warn) {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
	warn(warning);
}
