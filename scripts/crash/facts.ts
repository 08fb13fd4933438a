/**
 * What the worker promises is on disk once an operation returned: the last fact about each
 * entity wins. An operation that began but did not report may or may not have landed, so
 * the entities it touches are not checked after that kill.
 */
export type Fact =
  | { kind: 'document'; id: string; title: string; note: string }
  | { kind: 'documentGone'; id: string }
  | { kind: 'annotation'; documentId: string; id: string; note: string; tags: string[] }
  | { kind: 'annotationGone'; documentId: string; id: string };

export type WorkerLine =
  | { type: 'begin'; op: string; entities: string[] }
  | { type: 'saved'; op: string; facts: Fact[] };

export const entityOf = (fact: Fact): string =>
  fact.kind === 'document' || fact.kind === 'documentGone' ? `doc:${fact.id}` : `ann:${fact.id}`;

/** Folds worker lines into the expected state and the set of entities in doubt. */
export class Expectations {
  readonly facts = new Map<string, Fact>();
  savedOps = 0;

  /** An interrupted operation's entities are whatever is on disk now (a document's with it). */
  forget(entities: Set<string>): void {
    for (const e of entities) this.facts.delete(e);
    for (const [key, fact] of this.facts) {
      if ((fact.kind === 'annotation' || fact.kind === 'annotationGone') && entities.has(`doc:${fact.documentId}`)) {
        this.facts.delete(key);
      }
    }
  }

  apply(lines: WorkerLine[]): Set<string> {
    let inFlight: string[] = [];
    for (const line of lines) {
      if (line.type === 'begin') inFlight = line.entities;
      else {
        this.savedOps += 1;
        inFlight = [];
        for (const fact of line.facts) this.facts.set(entityOf(fact), fact);
      }
    }
    return new Set(inFlight);
  }
}
