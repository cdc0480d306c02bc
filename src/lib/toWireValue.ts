import type { ModelEntry } from '../schemas/registry';

/**
 * A value written as the SDK's TypeScript value (the registry's examples), as JSON on the wire: the
 * SDK's own outbound parse (keys renamed, unknown keys dropped). Throws for an invalid value, which
 * an example never is (a registry test checks).
 */
export function toWireValue(model: Pick<ModelEntry, 'sdkSchema'>, value: unknown): unknown {
	return model.sdkSchema.parse(value);
}
