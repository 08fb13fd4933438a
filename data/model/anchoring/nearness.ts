/**
 * Where a quote is expected. `stored` is data: distance from it breaks ties between
 * equally good contexts. `expected` is a guess (the stored start shifted by the change
 * seen for the annotation before it) and only decides where to look first: in a text
 * with repeated passages a wrong guess must not pull every later annotation into the
 * wrong copy.
 */
export interface Nearness {
  expected: number;
  stored: number;
}

export const distanceFrom = (near: Nearness, start: number): number => Math.abs(start - near.stored);
