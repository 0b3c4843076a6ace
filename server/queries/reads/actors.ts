// Queries about actors: search, summaries, ties and events.
import { z } from 'zod';
import { TIE_TYPES } from '../../domain/vocabulary.js';
import { asOf, count, defineRead, ids, maybeDay, maybeText, page, text } from '../define.js';

const summary = {
  id: text, name: text, kind: text, aliases: z.array(z.string()).nullable(), description: maybeText, unnamed: z.boolean().nullable(),
  statementsBy: count, statementsAbout: count,
};

export const ACTOR_READS = {
  'actor-events': defineRead({ id: text }, { id: text, name: text, date: maybeDay, role: maybeText }),
  'actor-search-texts': defineRead({ kind: text }, { id: text, searchText: maybeText }),
  'actor-ties': defineRead({ id: text, ...asOf }, {
    type: z.enum(TIE_TYPES), fromId: text, toId: text, fromName: text, fromKind: text, toName: text, toKind: text, detail: maybeText, since: maybeDay, until: maybeDay, source: maybeText, excerpt: maybeText,
  }),
  'actors-by-ids': defineRead({ ids }, summary),
  'actor-by-id': defineRead({ id: text }, summary),
  'actors-exist': defineRead({ ids }, { id: text }),
  'all-actors': defineRead({}, { id: text, name: text, kind: text, said: count, spokenAbout: count }),
  'count-actors': defineRead({ q: text, kind: text }, { total: count }),
  'search-actors': defineRead({ q: text, kind: text, exact: text, prefix: text, word: text, ...page }, { id: text, rank: count }),
};
