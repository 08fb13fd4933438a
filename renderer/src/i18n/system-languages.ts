/** The browser's language preferences, most preferred first (empty outside a browser). */
export const systemLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
