// Add or edit a statement: the speaker and the targets by name (autocomplete), a stance per target, date and
// precision, channel, modality, the words, the sources (existing, or new from a web address and title) and,
// optionally, positions. The API checks it all; its messages appear next to the fields they name.
import { ApiError } from '../api/client.js';
import type { ActorRef, SeedSource, SeedStatement, Statement, WriteResult } from '../api/types.js';
import { idempotencyKey, writes } from '../api/writes.js';
import { sourceIdFor, statementId } from '../edit/ids.js';
import { CHANNELS, DATE_PRECISIONS, MODALITIES } from '../edit/vocab.js';
import { actorField } from '../ui/actor-field.js';
import { h } from '../ui/dom.js';
import { field, FieldErrors, formSummary, input, onSubmit, select, textarea } from '../ui/form.js';
import { repeater } from '../ui/repeater.js';
import { knownSources, positionRow, sourceRow, targetRow, type SourceDraft } from './statement-form-parts.js';

export interface StatementFormOptions {
  /** The statement to edit; without it the form adds one. */
  statement?: Statement;
  /** Prefills the speaker of a new statement. */
  speaker?: ActorRef;
  onSaved(result: WriteResult<SeedStatement>): void;
  onCancel(): void;
}

/** Makes the new sources a submission names (reusing one with the same address) and returns the sources' ids. */
async function sourceIds(drafts: SourceDraft[], key: string, reason: string): Promise<string[]> {
  const known = await knownSources().catch(() => []);
  const ids: string[] = [];
  for (const [i, d] of drafts.entries()) {
    if (!d.newSource) { ids.push(d.source); continue; }
    const { url, title, publisher, kind } = d.newSource;
    const same = known.find((s) => s.url === url && url !== '');
    const id = same?.id ?? sourceIdFor(url);
    if (!same) {
      try {
        await writes.createSource({ id, url, title, publisher: publisher || null, kind: kind as SeedSource['kind'], published: null, file: null }, { key: `${key}-source-${i}`, reason });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        // A 409: an earlier submission made a source from this address; it is reused.
        if (e.status !== 409) throw new ApiError(e.status, e.title, e.message, e.errors.map((p) => ({ ...p, field: p.field.replace(/^body\./, `newSource.${i}.`) })));
      }
    }
    ids.push(id);
  }
  return ids;
}

export function statementForm(opts: StatementFormOptions): HTMLFormElement {
  const st = opts.statement;
  const summaryBox = formSummary();
  const errors = new FieldErrors(summaryBox);
  const speaker = actorField('Speaker', 'Who spoke…', st ? st.speaker : opts.speaker ?? null);
  const about = repeater('About', 'target', targetRow, st ? st.about.map((a) => ({ target: a.id, name: a.name, stance: a.stance })) : [],
    { min: 1, hint: 'Whom or what the statement is about, and the stance toward each.' });
  const date = input({ type: 'date', value: st?.date ?? '' });
  const precision = select(DATE_PRECISIONS, st?.datePrecision ?? 'day');
  const channel = select(CHANNELS, st?.channel ?? 'press statement');
  const modality = select(MODALITIES, st?.modality ?? 'asserted');
  const lang = input({ value: st?.lang ?? 'en', size: 3, maxlength: 2, spellcheck: 'false' });
  const quote = textarea(st?.quote ?? '', 3);
  const summary = textarea(st?.summary ?? '', 2);
  const sources = repeater('Sources', 'source', sourceRow, st ? st.sources.map((s) => ({ source: s.id, excerpt: s.excerpt })) : [], { min: 1 });
  const positions = repeater('Positions (optional)', 'position', positionRow, st ? st.positions.map((p) => ({ position: p.id, stance: p.stance })) : [],
    { hint: 'Claims the statement takes a side on.' });
  const reason = input({ placeholder: st ? 'e.g. corrected the date from the source' : 'e.g. new statement from today’s press conference' });
  const f = {
    speaker: field('Speaker', speaker.picker.input, { body: speaker.picker.element }),
    date: field('Date', date, { hint: 'Empty when unknown.' }), precision: field('Date precision', precision),
    channel: field('Channel', channel), modality: field('Modality', modality), lang: field('Language', lang, { hint: 'Two letters.' }),
    quote: field('Quote', quote, { hint: 'The exact words, as the source prints them. Empty when it only reports them.', class: 'wide' }),
    summary: field('Summary', summary, { hint: 'One line in our words. Empty: the quote.', class: 'wide' }),
    reason: field('Why (kept in the history)', reason, { class: 'wide' }),
  };
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, st ? 'Save changes' : 'Add statement');
  const status = h('span', { class: 'small', role: 'status' });
  const form = h('form', { class: 'edit-form', novalidate: true },
    summaryBox,
    h('div', { class: 'fields' }, f.speaker.element),
    about.element,
    h('div', { class: 'fields' }, f.date.element, f.precision.element, f.channel.element, f.modality.element, f.lang.element, f.quote.element, f.summary.element),
    sources.element,
    positions.element,
    h('div', { class: 'fields' }, f.reason.element),
    h('div', { class: 'actions form-actions' }, save, h('button', { type: 'button', class: 'btn', onclick: opts.onCancel }, 'Cancel'), status));

  const figures = new Map((st?.positions ?? []).map((p) => [p.id, p.figure]));
  /** The body in the seed format; empty summary and excerpts take the quote, as the CSV import does. */
  const read = () => {
    errors.reset();
    Object.entries({ speaker: f.speaker, date: f.date, datePrecision: f.precision, channel: f.channel, modality: f.modality, lang: f.lang, quote: f.quote, summary: f.summary })
      .forEach(([k, v]) => errors.at(`body.${k}`, v));
    errors.at('querystring.reason', f.reason);
    const words = quote.value.trim();
    const day = date.value || null;
    return {
      speaker: speaker.value(), quote: words || null, summary: summary.value.trim() || words,
      date: day, datePrecision: !day && precision.value === 'day' ? 'unknown' as const : precision.value as SeedStatement['datePrecision'],
      channel: channel.value as SeedStatement['channel'], lang: lang.value.trim() || 'en', modality: modality.value as SeedStatement['modality'],
      about: about.read(errors, 'body.about'),
      sourceDrafts: sources.read(errors, 'body.sources'),
      // The form does not edit figures: a position kept keeps the figure it had.
      positions: positions.read(errors, 'body.positions').map((p) => ({ ...p, figure: figures.get(p.position) ?? null })),
    };
  };

  onSubmit(form, save, errors, st ? 'The changes were not saved' : 'The statement was not added', async () => {
    const { sourceDrafts, ...fields } = read();
    const why = reason.value.trim();
    const key = idempotencyKey();
    status.textContent = 'Saving…';
    try {
      const ids = await sourceIds(sourceDrafts, key, why);
      const body = { ...fields, sources: sourceDrafts.map((d, i) => ({ source: ids[i], excerpt: d.excerpt || fields.quote || '' })) };
      opts.onSaved(st
        ? await writes.updateStatement(st.id, body, { key, reason: why })
        : await writes.createStatement({ id: statementId(body.speaker, body.date, [body.quote ?? '', body.summary, ...body.about.map((a) => a.target)]), ...body, speakers: [], relayedBy: null, documentVoice: false, respondsTo: [] }, { key, reason: why }));
    } finally {
      status.textContent = '';
    }
  });
  return form;
}
