import { operations, type OperationEntry } from '../schemas/operations';
import { models } from '../schemas/registry';
import type { ModelCall, ReadTypeScriptOptions } from './readTypeScript';
import { sdkConstants } from './sdkConstants';

const constants = sdkConstants(models);
const byModel = new Map<string, ReadTypeScriptOptions>();

/**
 * How TypeScript mode reads a value of this model: the SDK's enum constants of every registered
 * model, and the calls that take such a value: the SDK method of each operation whose body it is
 * (`intunedClient.project.authSessions.create.start("my-project", value)`: after the path
 * parameters the SDK takes as arguments) and its standalone function (the client comes first).
 */
export function typeScriptReadOptions(modelName: string, registry: readonly OperationEntry[] = operations): ReadTypeScriptOptions {
	const known = registry === operations ? byModel.get(modelName) : undefined;
	if (known) return known;
	const calls: ModelCall[] = registry
		.filter((operation) => operation.requestBody?.model === modelName)
		.flatMap((operation) => {
			const before = operation.parameters.filter((parameter) => parameter.sdk === 'argument').length;
			return [
				{ callee: operation.sdkMethod, argument: before },
				{ callee: operation.standaloneFunction, argument: before + 1 },
			];
		});
	const options: ReadTypeScriptOptions = { modelName, constants, ...(calls.length > 0 && { calls }) };
	if (registry === operations) byModel.set(modelName, options);
	return options;
}
