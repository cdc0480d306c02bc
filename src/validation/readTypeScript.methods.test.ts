import { describe, expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { readTypeScript } from './readTypeScript';
import { validateTypeScript } from './validateTypeScript';

// An object method is code, not a value: the reader must never turn one into a value (a method
// named `toJSON` would even decide what JSON.stringify prints).

const model = getModel('createorupdateauthsessionstart');
/** The reader's errors; fails the test if it returned a value. */
const errorsOf = (text: string) => {
	const result = readTypeScript(text, { modelName: model.name });
	if ('value' in result) throw new Error(`read as a value: ${JSON.stringify(result.value)}`);
	return result.errors;
};

describe('readTypeScript: object methods are refused', () => {
	test.each([
		['a method', 'let v = { a() {} };', 'a() {}'],
		['a method with a body and a following property', 'let v = { a() { return 1; }, b: 1 };', 'a() { return 1; }'],
		['a quoted method name', 'let v = { "a"(x) { return x; } };', '"a"(x) { return x; }'],
		['a numeric method name', 'let v = { 1() {} };', '1() {}'],
		['a method inside an array', 'let v = [{ m() {} }];', 'm() {}'],
	])('%s: not a literal, at its range, and no value', (_label, text, covers) => {
		expect(errorsOf(text).map((error) => ({ code: error.code, covers: text.slice(error.start, error.end), message: error.message }))).toEqual([
			{ code: 'not_literal', covers, message: 'Only literal values can be checked: this is a method.' },
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
	])('%s: an error, and no value', (_label, text) => {
		expect(errorsOf(text).length).toBeGreaterThan(0);
	});

	test('a payload that is valid but for a toJSON method is invalid', () => {
		const text = 'let value = { status: "started", operationId: "x", toJSON() { return { status: "started", operationId: "x" }; } };';
		const verdict = validateTypeScript(text, model);
		expect(verdict.valid).toBe(false);
		expect(verdict.problems.map((problem) => [problem.code, text.slice(problem.range.start, problem.range.end)])).toEqual([
			['not_literal', 'toJSON() { return { status: "started", operationId: "x" }; }'],
		]);
	});
});
