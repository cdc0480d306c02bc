// Architecture rules as data: which folders and packages the files of a folder may import.
// Imports are read with TypeScript's own pre-processor (static, type-only, re-exports and dynamic
// `import()` alike; comments and strings are not mistaken for imports), never by a regex.
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * @typedef {object} ImportRule
 * @property {string} name what the rule says, shown with each violation
 * @property {string} folder the files it applies to: every file under this folder (repo-relative, `/`-separated)
 * @property {string[]} [allowedFolders] if given, relative imports must land under one of these folders
 * @property {string[]} [forbiddenFolders] relative imports must not land under any of these
 * @property {string[]} [allowedPackages] if given, a bare import must be one of these specifiers exactly
 * @property {string[]} [forbiddenPackages] a bare import of one of these packages (any subpath) breaks the rule
 */

/** The module specifiers a source file imports, with any Vite query (`?worker`, `?raw`) removed. */
export function importsOf(text) {
	return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName.replace(/\?.*$/, ''));
}

/** `zod/v3` -> `zod`, `@astrojs/starlight/components` -> `@astrojs/starlight`. */
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const isUnder = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/**
 * Every import that breaks a rule, as `file: imports 'x' (rule)`; a rule that applies to no file is
 * a violation too, so a moved folder cannot make the rules pass by checking nothing.
 *
 * @param {{ path: string, text: string }[]} files repo-relative paths, `/`-separated
 * @param {ImportRule[]} rules
 * @returns {string[]}
 */
export function importViolations(files, rules) {
	const violations = [];
	for (const rule of rules) {
		const covered = files.filter((file) => isUnder(file.path, rule.folder));
		if (covered.length === 0) violations.push(`no file under ${rule.folder} (${rule.name})`);
		for (const file of covered) {
			for (const specifier of importsOf(file.text)) {
				if (specifier.startsWith('.')) {
					const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
					const allowed =
						(!rule.allowedFolders || rule.allowedFolders.some((folder) => isUnder(target, folder))) &&
						!rule.forbiddenFolders?.some((folder) => isUnder(target, folder));
					if (!allowed) violations.push(`${file.path}: imports '${specifier}' (${rule.name})`);
				} else {
					const allowed =
						(!rule.allowedPackages || rule.allowedPackages.includes(specifier)) &&
						!rule.forbiddenPackages?.includes(packageName(specifier));
					if (!allowed) violations.push(`${file.path}: imports '${specifier}' (${rule.name})`);
				}
			}
		}
	}
	return violations;
}
