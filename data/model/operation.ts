import type { z } from 'zod';

/** One operation of the contract: its input schema, and its result type as a phantom. */
export interface Operation<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type; never read at run time. */
  output?: O;
}

/** `op<ResultType>()(inputSchema)`: declares an operation (two calls so O can be explicit). */
export const op =
  <O>() =>
  <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
