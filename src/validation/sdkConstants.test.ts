import { expect, test } from 'vitest';
import * as z from 'zod/v3';
import { models } from '../schemas/registry';
import { sdkConstants } from './sdkConstants';

test("every registered native enum's members, by the SDK's names", () => {
	const constants = sdkConstants(models);
	expect(constants.CreateOrUpdateAuthSessionStartStatus).toEqual({ Started: 'started' });
	expect(constants.AuthSessionCreateRequestedMoreInfoResultStatus).toEqual({ RequestedMoreInfo: 'requested_more_info' });
	// One entry per native enum of the registry, and nothing for objects or unions.
	const enums = models.filter((model) => model.schema instanceof z.ZodNativeEnum).map((model) => model.name);
	expect(Object.keys(constants).sort()).toEqual(enums.sort());
});

test('enums without keys (z.enum) and numeric reverse mappings add nothing', () => {
	enum Level {
		Low = 1,
	}
	const constants = sdkConstants([
		{ name: 'Plain', schema: z.enum(['a', 'b']) },
		{ name: 'Level', schema: z.nativeEnum(Level) },
	]);
	expect(constants).toEqual({ Level: { Low: 1 } });
});
