import { expect, test } from 'vitest';
import { getModel } from '../schemas/registry';
import { validate } from '../validation/validate';
import { validateTypeScript } from '../validation/validateTypeScript';
import { sdkOutputView } from './sdkOutputView';

const resume = getModel('authsessioncreateresume');

test('JSON mode shows the SDK value Zod returns, as TypeScript', () => {
	const view = sdkOutputView(validate('{"input": "1", "info_request_id": "r", "extra": 1}', resume), 'json');
	expect(view.title).toBe('What the SDK gets');
	expect(view.text).toBe('{\n  input: "1",\n  infoRequestId: "r",\n}');
});

test('TypeScript mode shows the JSON the SDK sends', () => {
	const view = sdkOutputView(validateTypeScript('let v: AuthSessionCreateResume = { input: "1", infoRequestId: "r" };', resume), 'typescript');
	expect(view.title).toBe('What the SDK sends');
	expect(JSON.parse(view.text!)).toEqual({ input: '1', info_request_id: 'r' });
});

test('nothing to show for an invalid value, or a valid one checked without output (long texts)', () => {
	expect(sdkOutputView(validate('{"input": 1}', resume), 'json')).toEqual({ title: 'What the SDK gets', note: 'Shown once the value is valid.' });
	expect(sdkOutputView({ valid: true }, 'json').text).toBeUndefined();
});

test('nothing to show when part of the value is computed when the code runs', () => {
	const verdict = validateTypeScript('let v: AuthSessionCreateResume = { input: "1", infoRequestId: crypto.randomUUID() };', resume);
	expect(verdict).toMatchObject({ valid: true, notCheckedCount: 1 });
	expect(sdkOutputView(verdict, 'typescript')).toEqual({ title: 'What the SDK sends', note: 'Not shown: part of the value is only known when the code runs.' });
});
