import { describe, expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { validateTypeScript } from './validateTypeScript';

// An object method is code, not a value: the reader must never turn one into a value (a method
// named `toJSON` would even decide what JSON.stringify prints). It is valid TypeScript, so it is
// not a syntax error either: it is a part that is "not checked", reported at its range.

const model = getModel('createorupdateauthsessionstart');
/** What the reader made of the text: the value (which must not hold the method) and what it did not check. */
const read = (text: string) => {
	const result = readTypeScript(text, { modelName: model.name });
	if (!('value' in result)) throw new Error(`not read: ${JSON.stringify(result.errors)}`);
	return result;
};

describe('readTypeScript: object methods never become values', () => {
	test.each([
		['a method', 'let v = { a() {} };', 'a() {}', {}],
		['a method with a body and a following property', 'let v = { a() { return 1; }, b: 1 };', 'a() { return 1; }', { b: 1 }],
		['a quoted method name', 'let v = { "a"(x) { return x; } };', '"a"(x) { return x; }', {}],
		['a numeric method name', 'let v = { 1() {} };', '1() {}', {}],
		['a method inside an array', 'let v = [{ m() {} }];', 'm() {}', [{}]],
	])('%s: not checked, at its range, and no value', (_label, text, covers, value) => {
		const result = read(text);
		expect(result.value).toEqual(value);
		expect((result.notChecked ?? []).map((part) => ({ code: part.code, covers: text.slice(part.start, part.end) }))).toEqual([
			{ code: 'not_checked', covers },
		]);
	});

	test.each([
		['a getter', 'let v = { get a() { return 1; } };'],
		['a setter', 'let v = { set a(x) {} };'],
		['an async method', 'let v = { async a() {} };'],
		['a generator method', 'let v = { *a() {} };'],
		['a generic method', 'let v = { a<T>() {} };'],
		['an arrow function', 'let v = { a: () => 1 };'],
		['a function expression', 'let v = { a: function () {} };'],
	])('%s: not checked, and no value', (_label, text) => {
		const result = read(text);
		expect(result.value).toEqual({});
		expect(result.notChecked?.length).toBeGreaterThan(0);
	});

	test('a payload that is valid but for a toJSON method is not plainly Valid, and shows no SDK output', () => {
		const text = 'let value = { status: "started", operationId: "x", toJSON() { return { status: "started", operationId: "x" }; } };';
		const verdict = validateTypeScript(text, model);
		expect(verdict.notCheckedCount).toBe(1);
		expect(verdict.output).toBeUndefined();
		expect(verdict.problems.map((problem) => [problem.code, text.slice(problem.range.start, problem.range.end)])).toEqual([
			['not_checked', 'toJSON() { return { status: "started", operationId: "x" }; }'],
		]);
	});
});
