// Writes a validated dataset through the domain's load plan, with the relationships derived from its
// statements, and counts what the graph then holds.
import type { Dataset } from '../domain/dataset.js';
import { deriveSteps, loadTables, speakersIn } from '../domain/load-plan.js';
import type { GraphStore } from './store.js';

export async function loadDataset(store: GraphStore, d: Dataset): Promise<void> {
  await store.writeTables([...loadTables(d), ...deriveSteps(speakersIn(d))]);
}

export async function countNodes(store: GraphStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = { Actor: 0, Statement: 0, Source: 0, Position: 0, Event: 0, Place: 0 };
  for (const r of await store.read('count-nodes-by-label')) counts[String(r.label)] = Number(r.n);
  return counts;
}
