import { runCli } from './main';

/** A command line run in this process: the same parsing and output as `glossa`, no start-up cost. */
export const glossaInProcess = async (notebook: string, ...args: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--notebook', notebook], { out: (t) => void (out += t), err: (t) => void (err += t) }, {});
  return { code, out, err };
};
