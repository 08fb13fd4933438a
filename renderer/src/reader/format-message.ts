/**
 * Fills `{name}` placeholders in a translated string. The shell's t() only looks keys up;
 * word order differs between English and Chinese, so values go into the template rather
 * than being concatenated around it.
 */
export const formatMessage = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name] : whole));
