import { expect, test } from 'vitest';
import { models } from '../schemas/registry';
import { modelGroups } from './modelKind';

test('models grouped by kind: objects, unions, enums, each in registry order; empty groups left out', () => {
	const groups = modelGroups(models);
	expect(groups.map((group) => [group.label, group.entries.length])).toEqual([
		['Objects', 10],
		['Unions', 3],
		['Enums', 10],
	]);
	expect(groups[1]!.entries.map((model) => model.name)).toEqual(['APIParameters', 'AuthSessionCreateResult', 'Details']);
	expect(modelGroups(models.filter((model) => model.name === 'Otp')).map((group) => group.label)).toEqual(['Objects']);
});
