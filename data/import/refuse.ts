import type { ImportRefusal, ParamsOf } from '../model/error-detail';
import { errorFor } from '../model/i18n/error-text';
import type { GlossaError } from '../model/result';

type Reason = ImportRefusal['reason'];
type Extra<R extends Reason> = Omit<ParamsOf<R>, 'file'>;

/**
 * Every refusal names the file first so a batch import says which file failed. It carries
 * a reason and its facts, so an interface can say it in the person's language; the English
 * message comes from the same catalogue.
 */
export const refuse = <R extends Reason>(
  file: string,
  reason: R,
  ...[extra]: keyof Extra<R> extends never ? [] : [Extra<R>]
): GlossaError => errorFor('import_refused', { reason, params: { ...extra, file } } as ImportRefusal);
