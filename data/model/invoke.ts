import { contract, isOperationName, type Implementation } from './api';
import { GlossaError, fail, failFromError, ok, type Result } from './result';

/**
 * The one place where an untrusted call meets the implementation: name checked, input
 * validated by the contract's schema, any throw turned into a Result. Every host (IPC,
 * HTTP, CLI) goes through here.
 */
export const invoke = async (
  impl: Implementation,
  name: unknown,
  rawInput: unknown,
  onInternalError: (err: unknown) => void = () => {},
): Promise<Result<unknown>> => {
  if (!isOperationName(name)) return fail('unknown_operation', `unknown operation: ${String(name)}`);
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return fail('invalid_input', `${name}: ${where}${issue?.message ?? 'invalid input'}`);
  }
  try {
    const fn = impl[name] as (input: unknown) => Promise<unknown>;
    return ok(await fn.call(impl, parsed.data));
  } catch (err) {
    if (err instanceof GlossaError) return failFromError(err);
    onInternalError(err);
    return fail('internal', `${name} failed unexpectedly; the details are in the log`);
  }
};
