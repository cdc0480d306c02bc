import fc from 'fast-check';

/**
 * Values near the documented model: any JSON value, or objects whose keys are the model's with
 * right, near-miss and wrong values, plus an unknown key. Shared by the property tests.
 */
export const nearModelValue = fc.oneof(
	fc.jsonValue(),
	fc.record(
		{
			status: fc.oneof(fc.constantFrom('started', 'Started', ' started', ''), fc.jsonValue()),
			operationId: fc.oneof(fc.string(), fc.jsonValue()),
			extra: fc.jsonValue(),
		},
		{ requiredKeys: [] }
	)
);
