// Which LadybugDB table each load query's rows go to in a bulk COPY, and which row fields fill its
// columns, in the table's column order (cypher/schema.ladybug.cypher). Relationship rows name their
// ends by the from/to fields; ABOUT has three FROM/TO pairs, so its copies name the pair.
import { UNLINK_QUERIES, type LoadQuery } from '../../server/domain/load-plan.js';

/** `mergedOn`: the properties the normal load's MERGE matches on besides the ends (a citation's excerpt). */
export interface CopyTarget { table: string; fields: string[]; from?: string; to?: string; pair?: [string, string]; mergedOn?: string[] }

const tie = (table: string): CopyTarget[] => [{ table, from: 'from', to: 'to', fields: ['detail', 'since', 'until', 'source', 'excerpt'] }];
const about = (to: string): CopyTarget[] => [{ table: 'ABOUT', from: 'statement', to: 'target', pair: ['Statement', to], fields: ['stance'] }];

export const COPY_PLAN: Record<LoadQuery, CopyTarget[]> = {
  // A fresh database has no links to clear.
  ...(Object.fromEntries(UNLINK_QUERIES.map((q) => [q, [] as CopyTarget[]])) as Record<(typeof UNLINK_QUERIES)[number], CopyTarget[]>),
  'load/upsert-sources': [{ table: 'Source', fields: ['id', 'title', 'publisher', 'url', 'published', 'kind', 'file'] }],
  'load/upsert-actors': [{ table: 'Actor', fields: ['id', 'name', 'kind', 'aliases', 'description', 'searchText', 'unnamed'] }],
  'load/upsert-places': [{ table: 'Place', fields: ['id', 'name', 'aliases', 'description', 'searchText'] }],
  'load/upsert-positions': [{ table: 'Position', fields: ['id', 'label', 'description'] }],
  'load/upsert-events': [{ table: 'Event', fields: ['id', 'name', 'date', 'endDate', 'description'] }],
  'load/upsert-statements': [{ table: 'Statement', fields: ['id', 'quote', 'summary', 'date', 'datePrecision', 'channel', 'lang', 'modality', 'searchText', 'documentVoice', 'links'] }],
  'load/link-statement-speakers': [{ table: 'SAID', from: 'speaker', to: 'statement', fields: ['rank'] }],
  'load/link-statement-relays': [{ table: 'RELAYED', from: 'actor', to: 'statement', fields: [] }],
  'load/link-event-places': [{ table: 'AT', from: 'event', to: 'place', fields: [] }],
  'load/link-participants': [{ table: 'PARTICIPATED_IN', from: 'actor', to: 'event', fields: ['role'] }],
  'load/link-event-sources': [{ table: 'REPORTED_IN', from: 'event', to: 'source', fields: ['excerpt'], mergedOn: ['excerpt'] }],
  'load/link-statements-about-actors': about('Actor'),
  'load/link-statements-about-events': about('Event'),
  'load/link-statements-about-places': about('Place'),
  'load/link-statement-positions': [{ table: 'TAKES', from: 'statement', to: 'position', fields: ['stance', 'figure'] }],
  'load/link-statement-sources': [{ table: 'CITED_IN', from: 'statement', to: 'source', fields: ['excerpt'], mergedOn: ['excerpt'] }],
  'load/link-responses': [{ table: 'RESPONDS_TO', from: 'statement', to: 'respondsTo', fields: [] }],
  'load/link-memberships': tie('MEMBER_OF'),
  'load/link-offices': tie('HOLDS_OFFICE'),
  'load/link-alliances': tie('ALLIED_WITH'),
  'load/link-arms-supply': tie('SUPPLIES_ARMS_TO'),
};

/** The row fields that fill the table's columns, in column order: relationship ends first, then the properties. */
export function columnFields(t: CopyTarget): string[] {
  return t.from && t.to ? [t.from, t.to, ...t.fields] : t.fields;
}
