// Vite plugin: Monaco's commands carry metadata for a command palette and a keybinding editor (a
// description, and for each argument a name, a description and a JSON schema, some of them
// paragraphs long). This editor has neither. The one part that runs is each argument's
// `constraint`: the commands registry checks a command's arguments against it
// (`platform/commands/common/commands.js`). So each command metadata object is cut down to its
// arguments' constraints, at their positions; one without any constraint becomes `{}` (the
// registry then adds no check, where before it checked nothing). Nothing else in the bundle reads
// it: the quick command palette, its only reader of descriptions, is not loaded. (Through the API,
// `editor.getAction(id).metadata` is now that cut object; the playground never asks.)
//
// Command metadata is found by its shape, not by file: an object literal given as `metadata`
// (`metadata: { … }` or `X.metadata = { … }`) whose keys are only `description`, `args` and
// `returns`, and whose `args` is an array of object literals with only an argument's keys. Other
// objects called metadata (token metadata, paste metadata) have other keys and are left alone. The
// source is read with TypeScript's parser (already a dependency), never a regex.
import ts from 'typescript';
import { MONACO_SCRIPT_ID } from './monacoModulePath.mjs';

const COMMAND_KEYS = new Set(['description', 'args', 'returns']);
const ARGUMENT_KEYS = new Set(['name', 'isOptional', 'description', 'constraint', 'schema']);

/** A property's name when it is a plain `key: value` with a written name (`key` or `"key"`), else undefined. */
const plainName = (/** @type {ts.ObjectLiteralElementLike} */ property) =>
	ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;

/**
 * An object literal's properties by name, or undefined when one is not a plain `key: value` or a
 * name comes twice (then which one counts would need JavaScript's rules, and it is left alone).
 */
function plainProperties(/** @type {ts.ObjectLiteralExpression} */ object) {
	/** @type {Map<string, ts.Expression>} */
	const properties = new Map();
	for (const property of object.properties) {
		const name = plainName(property);
		if (name === undefined || properties.has(name)) return undefined;
		properties.set(name, /** @type {ts.PropertyAssignment} */ (property).initializer);
	}
	return properties;
}

/**
 * The properties of each argument of a command metadata object literal, or undefined when it is
 * not one.
 */
function commandArguments(/** @type {ts.ObjectLiteralExpression} */ object) {
	const properties = plainProperties(object);
	if (!properties || !properties.has('description') || ![...properties.keys()].every((key) => COMMAND_KEYS.has(key))) return undefined;
	const args = properties.get('args');
	if (!args) return [];
	if (!ts.isArrayLiteralExpression(args)) return undefined;
	const objects = [];
	for (const element of args.elements) {
		const argument = ts.isObjectLiteralExpression(element) ? plainProperties(element) : undefined;
		if (!argument || ![...argument.keys()].every((key) => ARGUMENT_KEYS.has(key))) return undefined;
		objects.push(argument);
	}
	return objects;
}

/** Whether `node` is the value given as `metadata`: `metadata: node` or `x.metadata = node`. */
function isGivenAsMetadata(/** @type {ts.Node} */ node) {
	const parent = node.parent;
	if (ts.isPropertyAssignment(parent) && parent.initializer === node) return plainName(parent) === 'metadata';
	return (
		ts.isBinaryExpression(parent) &&
		parent.right === node &&
		parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
		ts.isPropertyAccessExpression(parent.left) &&
		parent.left.name.text === 'metadata'
	);
}

/**
 * Where each command metadata object in `code` is, and what replaces it (see the file's header).
 *
 * @param {string} code a module's source
 * @param {string} [fileName] for the parser's messages only
 * @returns {{ start: number, end: number, text: string }[]} in text order
 */
export function commandMetadataEdits(code, fileName = 'module.js') {
	const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	/** @type {{ start: number, end: number, text: string }[]} */
	const edits = [];
	const visit = (/** @type {ts.Node} */ node) => {
		if (ts.isObjectLiteralExpression(node) && isGivenAsMetadata(node)) {
			const args = commandArguments(node);
			if (args) {
				const constraints = args.map((argument) => argument.get('constraint')?.getText(source));
				const text = constraints.some((constraint) => constraint !== undefined)
					? `{ args: [${constraints.map((constraint) => (constraint === undefined ? '{}' : `{ constraint: ${constraint} }`)).join(', ')}] }`
					: '{}';
				edits.push({ start: node.getStart(source), end: node.end, text });
				return;
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return edits;
}

/**
 * `code` with each command metadata object cut down to what runs, and how many were cut.
 *
 * @param {string} code
 * @param {string} [fileName]
 * @returns {{ code: string, dropped: number }}
 */
export function dropCommandMetadata(code, fileName) {
	const edits = commandMetadataEdits(code, fileName);
	let result = code;
	for (const edit of [...edits].reverse()) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
	return { code: result, dropped: edits.length };
}

/** Hook filter: Monaco modules whose text names metadata; the others never reach the transform. */
export const COMMAND_METADATA_FILTER = { id: MONACO_SCRIPT_ID, code: 'metadata' };

/**
 * A Monaco upgrade that reshapes command metadata leaves it whole: `viteMonacoCommandMetadata.test.ts`
 * counts what the pinned version's modules lose, and the byte budget test counts the page.
 *
 * @returns {import('vite').Plugin}
 */
export function monacoCommandMetadata() {
	return {
		name: 'monaco-command-metadata',
		enforce: 'pre',
		transform: {
			filter: COMMAND_METADATA_FILTER,
			handler(code, id) {
				const result = dropCommandMetadata(code, id);
				return result.dropped === 0 ? undefined : { code: result.code, map: null };
			},
		},
	};
}
