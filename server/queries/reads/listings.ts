// Queries behind the smaller lists: positions, contradictions, events, sources, and the graph's counts.
import { z } from 'zod';
import { POSITION_STANCES } from '../../domain/vocabulary.js';
import { count, dateRange, defineRead, ids, maybeDay, maybeText, page, text } from '../define.js';

const ref = { id: text, name: text };

export const LISTING_READS = {
  'positions-with-sides': defineRead({ id: text }, { id: text, label: text, description: maybeText, supporters: count, rejecters: count }),
  'position-statements': defineRead({ id: text }, { stance: z.enum(POSITION_STANCES), actorId: text, actorName: text, actorKind: text, statement: text }),
  'contradictions': defineRead({ position: text, ...page }, { positionId: text, positionLabel: text, supports: text, rejects: text }),
  'count-contradictions': defineRead({ position: text }, { total: count }),
  'events-between': defineRead(dateRange, { ...ref, date: maybeDay, endDate: maybeDay, description: maybeText }),
  'event-places': defineRead({ ids }, { event: text, ...ref }),
  'event-participants': defineRead({ ids }, { event: text, ...ref, kind: text, role: maybeText }),
  'sources-with-counts': defineRead({ id: text }, {
    id: text, title: text, publisher: maybeText, url: maybeText, published: maybeDay, kind: text, statementCount: count,
  }),
  'source-files': defineRead({ id: text }, { id: text, title: text, publisher: maybeText, url: maybeText, file: maybeText }),
  'count-nodes-by-label': defineRead({}, { label: text, n: count }),
  'count-relationships-by-type': defineRead({}, { type: text, n: count }),
};
