/**
 * @module parse/community/shared/tree-problems
 * Test helper: lists what is wrong with a parsed thread's tree (duplicates, dangling parents, loops).
 */
import type { ParsedRecord } from '../../../model/index.js';

/**
 * Problems in `records` read as one thread: duplicate externalIds, a root with a parent, a reply
 * whose parent or thread root is not among the records, a reply whose thread differs from its
 * parent's. An empty list means the tree is whole.
 */
export function treeProblems(records: ParsedRecord[]): string[] {
  const byId = new Map<string, ParsedRecord>();
  const problems: string[] = [];
  for (const record of records) {
    if (byId.has(record.externalId)) problems.push(`duplicate ${record.externalId}`);
    byId.set(record.externalId, record);
  }
  for (const record of records) {
    const { externalId, parentExternalId, threadExternalId } = record;
    if (threadExternalId === null) {
      if (parentExternalId !== null) problems.push(`root ${externalId} has parent ${parentExternalId}`);
      continue;
    }
    if (parentExternalId === null) problems.push(`${externalId} has a thread but no parent`);
    else if (!byId.has(parentExternalId)) problems.push(`${externalId} has missing parent ${parentExternalId}`);
    if (!byId.has(threadExternalId)) problems.push(`${externalId} has missing thread root ${threadExternalId}`);
    const parent = parentExternalId ? byId.get(parentExternalId) : undefined;
    if (parent && (parent.threadExternalId ?? parent.externalId) !== threadExternalId) {
      problems.push(
        `${externalId} is in thread ${threadExternalId} but its parent is in ${parent.threadExternalId ?? parent.externalId}`,
      );
    }
  }
  return problems;
}
