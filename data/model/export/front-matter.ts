import type { Document } from '../schemas';
import { isoDay, sourceLabel } from './source-info';
import { yamlString } from './yaml-scalar';

/**
 * YAML front matter in a fixed key order. Dates of creation and last edit are left out on
 * purpose: `imported` already dates the document, and `updatedAt` moves on edits that
 * change nothing in the export, which would churn synced vaults for no reason.
 */

export interface FrontMatterFields {
  title: string;
  /** Tag names as written after `#`, already sorted and unique. */
  tags: readonly string[];
  excerptCount: number;
  glossaVersion?: string;
}

export const renderFrontMatter = (doc: Document, fields: FrontMatterFields): string => {
  const lines = ['---', `title: ${yamlString(fields.title)}`];
  const source = sourceLabel(doc.source);
  if (source !== undefined) lines.push(`source: ${yamlString(source)}`);
  const encoding = doc.source.encoding?.trim();
  if (encoding) lines.push(`encoding: ${yamlString(encoding)}`);
  const day = isoDay(doc.source.importedAt);
  // An unquoted YYYY-MM-DD is what Obsidian shows as a date property.
  lines.push(`imported: ${day ?? yamlString(doc.source.importedAt)}`);
  if (fields.tags.length === 0) lines.push('tags: []');
  else lines.push('tags:', ...fields.tags.map((tag) => `  - ${yamlString(tag)}`));
  lines.push(`glossa-id: ${yamlString(doc.id)}`);
  lines.push(`excerpts: ${fields.excerptCount}`);
  if (fields.glossaVersion !== undefined) lines.push(`glossa-version: ${yamlString(fields.glossaVersion)}`);
  lines.push('---');
  return lines.join('\n');
};
