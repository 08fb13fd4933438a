import { prng } from '../../scripts/crash/prng';

/** The seeded PRNG every benchmark generator draws from (mulberry32), so a run can be repeated. */
export type Random = ReturnType<typeof prng>;

export const seeded = (seed: number): Random => prng(seed);
