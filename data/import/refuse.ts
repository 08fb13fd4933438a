import { GlossaError } from '../model/result';

/** Every refusal names the file first so a batch import says which file failed. */
export const refuse = (fileName: string, problem: string): GlossaError =>
  new GlossaError('import_refused', `${fileName}: ${problem}`);
