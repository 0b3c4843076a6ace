// Path finder: the shortest connections between two actors, drawn on the graph and explained hop by hop.
import { api, ApiError } from '../api/client.js';
import type { Elements, GraphEdgeData, TieType } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { TIE_LOOK } from '../graph/palette.js';
import { edgeKey } from '../state/state.js';
import { h, plural } from '../ui/dom.js';
import { actorPicker } from '../ui/actor-picker.js';
import { empty, into } from '../ui/status.js';
import { actorButton, pageLink, stanceBadge } from './statement-card.js';

const MAX_HOPS = [2, 3, 4, 5, 6];

function hopText(e: GraphEdgeData): string {
  if (e.type === 'SPOKE_ABOUT') return `spoke about (${plural(e.count ?? 1, 'statement')})`;
  return TIE_LOOK[e.type as TieType]?.verb ?? e.type;
}

const WHY_SHOWN = 3;

/** Why a hop is there: the statements behind a "spoke about" link, or the tie and what the source says of it. */
function hopReason(ctx: Ctx, e: GraphEdgeData): HTMLElement | null {
  if (e.type === 'SPOKE_ABOUT') {
    const ids = e.statementIds ?? [];
    if (!ids.length) return null;
    return h('span', { class: 'hop-why small' }, ' — because of ',
      ...ids.slice(0, WHY_SHOWN).flatMap((id, i) => [i ? ', ' : '', pageLink(`/?statement=${encodeURIComponent(id)}`, `#${id}`, () => ctx.actions.openStatement(id))]),
      ids.length > WHY_SHOWN ? ` and ${ids.length - WHY_SHOWN} more` : '');
  }
  return h('span', { class: 'hop-why small' }, ` — a recorded tie${e.detail ? `: ${e.detail}` : ''}`);
}

/** The hops of a path, in order, each a sentence with links. */
export function pathHops(ctx: Ctx, path: Elements): HTMLElement {
  const names = new Map(path.nodes.map((n) => [n.data.id, n.data]));
  const ref = (id: string) => ({ id, name: names.get(id)?.label ?? id, kind: names.get(id)?.kind ?? 'actor' });
  const edges = [...path.edges].sort((a, b) => (a.data.hop ?? 0) - (b.data.hop ?? 0));
  return h('ol', { class: 'hops' }, edges.map((e) => h('li', { class: 'hop' },
    h('span', { class: 'hop-n' }, `Hop ${e.data.hop ?? '?'}`), ' ',
    actorButton(ref(e.data.source), ctx.actions.selectActor), ` ${hopText(e.data)} `, actorButton(ref(e.data.target), ctx.actions.selectActor),
    e.data.dominantStance && h('span', {}, ' ', stanceBadge(e.data.dominantStance)),
    hopReason(ctx, e.data),
    ' ', h('button', { type: 'button', class: 'link small', onclick: () => ctx.actions.selectEdge(edgeKey(e.data.source, e.data.target, e.data.type)) }, 'details'))));
}

/** The path, or null when there is none that short. A 404 that names a field (an id that is no actor, from a link) is an error to show. */
export async function findPath(from: string, to: string, maxHops: number, asOf: string): Promise<Elements | null> {
  try {
    return await api.path(from, to, maxHops, asOf || undefined);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && e.errors.length === 0) return null;
    throw e;
  }
}

export function pathPanel(ctx: Ctx): HTMLElement {
  const s = ctx.store.get();
  const label = (id: string) => ctx.graph.label(id) ?? id;
  const from = actorPicker('From', 'First actor…', (a) => ctx.store.set({ pathFrom: a.id, panel: 'path' }));
  const to = actorPicker('To', 'Second actor…', (a) => ctx.store.set({ pathTo: a.id, panel: 'path' }));
  from.set(s.pathFrom ? label(s.pathFrom) : '');
  to.set(s.pathTo ? label(s.pathTo) : '');
  const hops = h('select', { id: 'path-hops' }, MAX_HOPS.map((n) => h('option', { value: n, selected: n === 4 }, `${n}`)));
  const result = h('div', { class: 'path-result', 'aria-live': 'polite' });
  const run = () => {
    const st = ctx.store.get();
    if (!st.pathFrom || !st.pathTo) { result.replaceChildren(empty('Pick two actors to see how they connect.')); ctx.network.highlight([], []); return; }
    void into(result, () => findPath(st.pathFrom, st.pathTo, Number(hops.value), st.asOf), (path) => {
      if (!path) { ctx.network.highlight([], []); return empty(`No connection within ${hops.value} hops.`); }
      ctx.network.highlight(path.nodes.map((n) => n.data.id), path.edges.map((e) => edgeKey(e.data.source, e.data.target, e.data.type)));
      const shown = path.nodes.filter((n) => ctx.graph.has(n.data.id)).length;
      return [
        h('p', {}, `${plural(new Set(path.edges.map((e) => e.data.hop)).size, 'hop')}, ${plural(path.nodes.length, 'actor')}.`,
          shown < path.nodes.length ? ' Some actors on the path are outside the current graph.' : ''),
        pathHops(ctx, path),
      ];
    }, 'Finding connections…');
  };
  hops.addEventListener('change', run);
  run();
  return h('div', { class: 'path-panel' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Path finder'),
      h('p', { class: 'small path-definition' },
        'Shortest connections from actor to actor, where one hop is a statement (speaker to the actor spoken about) or a tie. ',
        'Shared events do not count here. The report “Connection between two actors” also goes through shared events and counts a statement as two steps, so its shortest connection can differ. ',
        s.pathFrom && s.pathTo && h('a', { href: `/?view=reports&report=connection&p.from=${encodeURIComponent(s.pathFrom)}&p.to=${encodeURIComponent(s.pathTo)}&run=1` }, 'Compare with the report'))),
    h('div', { class: 'form-row' }, from.element, to.element),
    h('div', { class: 'form-row' },
      h('label', { for: 'path-hops' }, 'Max hops '), hops,
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.store.set({ pathFrom: ctx.store.get().pathTo, pathTo: ctx.store.get().pathFrom }) }, 'Swap'),
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.store.set({ pathFrom: '', pathTo: '' }) }, 'Clear')),
    result);
}
