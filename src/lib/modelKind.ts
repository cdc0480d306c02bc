import * as z from 'zod/v3';
import { enumMembers } from '../validation/enumMembers';
import { unwrapSchema } from '../validation/unwrapSchema';

/** What a model is, which decides its page's main section: Fields, Values or Supported Types. */
export type ModelKind = 'object' | 'enum' | 'union';

export function modelKind(schema: z.ZodTypeAny): ModelKind {
	const { inner } = unwrapSchema(schema);
	if (inner instanceof z.ZodUnion) return 'union';
	if (enumMembers(inner).length > 0) return 'enum';
	return 'object';
}
