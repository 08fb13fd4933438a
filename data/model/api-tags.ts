import type { Operation } from './operation';

/**
 * Operations of this area, spread into `contract` in api.ts. Each entry is
 * `name: op<ResultType>()(zodInputSchema)`.
 */
export const tagOperations = {} as const satisfies Record<string, Operation<never, unknown>>;
