import type { ModelEntry } from '../schemas/registry';
import { enumMembers } from './enumMembers';
import type { SdkConstants } from './typeScriptExpressions';

/**
 * The SDK's enum constants of the given models, by name: every native enum's members, e.g.
 * `{ CreateOrUpdateAuthSessionStartStatus: { Started: 'started' } }`. TypeScript mode reads
 * `CreateOrUpdateAuthSessionStartStatus.Started` as `"started"` with it, and hover shows it.
 */
export function sdkConstants(models: readonly Pick<ModelEntry, 'name' | 'schema'>[]): SdkConstants {
	const constants: SdkConstants = {};
	for (const model of models) {
		const members = enumMembers(model.schema).filter((member) => member.key !== undefined);
		if (members.length > 0) constants[model.name] = Object.fromEntries(members.map((member) => [member.key!, member.value]));
	}
	return constants;
}
