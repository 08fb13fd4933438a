const MB = 1024 * 1024;

/** "50 MB", "50.1 MB": rounded up, so a file just over the limit never reads as equal to it. */
export const formatMegabytes = (bytes: number): string => {
  const tenths = Math.ceil((bytes / MB) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)} MB`;
};
