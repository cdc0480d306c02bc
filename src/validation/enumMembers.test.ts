import { expect, test } from 'vitest';
import * as z from 'zod/v3';
import { getModel } from '../schemas/registry';
import { enumMembers } from './enumMembers';

test('the documented enum has one member, started, under the SDK key Started', () => {
	expect(enumMembers(getModel('createorupdateauthsessionstartstatus').schema)).toEqual([
		{ key: 'Started', value: 'started' },
	]);
});

test('z.enum members have values and no keys', () => {
	expect(enumMembers(z.enum(['a', 'b']))).toEqual([{ value: 'a' }, { value: 'b' }]);
});

test('numeric native enums skip the reverse mapping', () => {
	expect(enumMembers(z.nativeEnum({ One: 1, Two: 2, 1: 'One', 2: 'Two' } as const))).toEqual([
		{ key: 'One', value: 1 },
		{ key: 'Two', value: 2 },
	]);
});

test('a non-enum has no members', () => {
	expect(enumMembers(z.string())).toEqual([]);
});
