import { describe, expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { validate, type Verdict } from './validate';
import { validateTypeScript } from './validateTypeScript';

const model = getModel('createorupdateauthsessionstart');

/** Each duplicate-key warning: its path, the copy it is on and the kept copy it points at. */
const duplicates = (verdict: Verdict, text: string) =>
	verdict.problems
		.filter((problem) => problem.code === 'duplicate_key')
		.map((problem) => ({
			path: problem.pathText,
			severity: problem.severity,
			at: problem.range.start,
			kept: problem.related?.range.start,
			covers: text.slice(problem.range.start, problem.range.end),
		}));

describe('duplicate keys below the top level', () => {
	test('in a nested object', () => {
		const text = '{"status": "started", "operationId": "x", "meta": {"a": 1, "a": 2}}';
		const verdict = validate(text, model);
		expect(verdict.valid).toBe(true);
		expect(duplicates(verdict, text)).toEqual([
			{ path: 'meta.a', severity: 'warning', at: text.indexOf('"a"'), kept: text.lastIndexOf('"a"'), covers: '"a"' },
		]);
	});

	test('in an object inside an array, and inside an array of arrays', () => {
		const text = '{"status": "started", "operationId": "x", "list": [1, {"b": 1, "b": 2}], "grid": [[{"c": 1, "c": 2}]]}';
		expect(duplicates(validate(text, model), text)).toEqual([
			{ path: 'list[1].b', severity: 'warning', at: text.indexOf('"b"'), kept: text.lastIndexOf('"b"'), covers: '"b"' },
			{ path: 'grid[0][0].c', severity: 'warning', at: text.indexOf('"c"'), kept: text.lastIndexOf('"c"'), covers: '"c"' },
		]);
	});

	test('in a root array', () => {
		const text = '[{"k": 1, "k": 2}]';
		expect(duplicates(validate(text, model), text)).toEqual([
			{ path: '[0].k', severity: 'warning', at: 2, kept: 10, covers: '"k"' },
		]);
	});

	test('1,000 levels down', () => {
		const text = `{"status": "started", "operationId": "x", "d": ${'['.repeat(1000)}{"k": 1, "k": 2}${']'.repeat(1000)}}`;
		expect(duplicates(validate(text, model), text)).toEqual([
			{ path: `d${'[0]'.repeat(1000)}.k`, severity: 'warning', at: text.indexOf('"k"'), kept: text.lastIndexOf('"k"'), covers: '"k"' },
		]);
	});

	test('in TypeScript mode too', () => {
		const text = 'let value = { status: "started", operationId: "x", meta: [{ a: 1, a: 2 }] };';
		expect(duplicates(validateTypeScript(text, model), text)).toEqual([
			{ path: 'meta[0].a', severity: 'warning', at: text.indexOf('a: 1'), kept: text.indexOf('a: 2'), covers: 'a' },
		]);
	});
});
