// Editing from the page, against a server configured with an editor token (API_TOKENS holds only its hash):
// sign in (the token kept in sessionStorage only), add a statement between two actors that had no edge, see the
// API's message next to the field it names, see the new "spoke about" edge and the change in the actor's History.
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenEntry } from '../../server/auth/tokens.js';
import type { ChangePage, Elements, StatementPage } from '../../web/src/api/types.js';
import { harnessForFile, pickActor, waitForGraph } from './harness.js';
import { withDebugFlag } from './page-helpers.js';

const TOKEN = 'e2e-editor-token-5f0c2a9d';
const SPEAKER = 'dmitry-medvedev';
const TARGET = 'ilham-aliyev';
const EDGE = `${SPEAKER}>${TARGET}>SPOKE_ABOUT`;
const QUOTE = 'Baku should remember who kept the peace in Karabakh.';
const REASON = 'e2e: a statement made today';

const t = harnessForFile({ API_TOKENS: tokenEntry('e2e-editor', 'editor', TOKEN) });
// The test hooks (window.stancegraph) exist only behind the debug flag.
withDebugFlag(t);
const sent: Request[] = [];
beforeAll(() => { t.page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) sent.push(r); }); });

const dialog = () => t.page.locator('dialog[open]');
const errorOf = (field: ReturnType<Page['locator']>) => field.locator('.field-error');
const hasEdge = (key: string) => t.page.evaluate((k) => window.stancegraph!.cy.getElementById(k).nonempty(), key);

async function signIn(p: Page, token: string): Promise<void> {
  await p.click('.account button:text-is("Sign in")');
  await p.fill('dialog[open] input[type="password"]', token);
  await p.click('dialog[open] button[type="submit"]');
}

describe('editing', () => {
  it('signs in with a token kept in this tab only, refusing one the server does not know', async () => {
    await t.page.goto(`${t.h.url}/?actor=${SPEAKER}`);
    await waitForGraph(t.page);
    await signIn(t.page, 'not-a-token');
    const tokenField = dialog().locator('.field', { has: t.page.locator('input[type="password"]') });
    await expect.poll(() => errorOf(tokenField).innerText()).toContain('This token is not valid');
    await t.h.shot(t.page, 'sign-in-refused');
    await t.page.fill('dialog[open] input[type="password"]', TOKEN);
    await t.page.click('dialog[open] button[type="submit"]');
    await t.page.locator('.account button:text-is("Sign out")').waitFor();
    expect(await dialog().count()).toBe(0);
    const stored = await t.page.evaluate(() => ({
      session: sessionStorage.getItem('sg:token'),
      local: Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('|'),
    }));
    expect(stored.session).toBe(TOKEN);
    expect(stored.local).not.toContain(TOKEN);
    expect(t.page.url()).not.toContain(TOKEN);
    await t.page.locator('#panel button:text-is("Edit actor")').waitFor();
  });

  it('adds a statement through the page and sees it in the graph; the API\'s message appears next to its field', async () => {
    const overview = await t.h.api<Elements>('/graph/overview');
    expect(overview.edges.some((e) => `${e.data.source}>${e.data.target}>${e.data.type}` === EDGE)).toBe(false);
    expect(await hasEdge(EDGE)).toBe(false);

    await t.page.click('.account button:text-is("Add statement")');
    const form = dialog().locator('form');
    await pickActor(t.page, 'dialog[open] .picker-input >> nth=0', 'medvedev', 'Dmitry Medvedev');
    // A target typed but not picked: the API refuses the unknown id, and says so at that target's row.
    await t.page.fill('dialog[open] .picker-input >> nth=1', 'no-such-actor');
    await form.locator('.row select').first().selectOption('warns');
    await form.locator('input[type="date"]').fill('2023-09-26');
    await form.locator('.field:has(label:text-is("Channel")) select').selectOption('x');
    await form.locator('.field:has(label:text-is("Quote")) textarea').fill(QUOTE);
    await form.locator('.field:has(label:text-is("Source")) select').selectOption('iv-it-feels-like-the-apocalypse');
    await form.locator('.field:has(label:text-is("Why (kept in the history)")) input').fill(REASON);
    await form.locator('button[type="submit"]').click();

    const targetField = form.locator('.repeater').first().locator('.row .field').first();
    await expect.poll(() => errorOf(targetField).innerText()).toContain('"no-such-actor" is not a known actor');
    const refused = await fetch(`${t.h.url}/api/statements`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'probe', speaker: SPEAKER, quote: QUOTE, summary: QUOTE, date: '2023-09-26', datePrecision: 'day', channel: 'x', modality: 'asserted', about: [{ target: 'no-such-actor', stance: 'warns' }], sources: [{ source: 'iv-it-feels-like-the-apocalypse', excerpt: QUOTE }] }),
    });
    const problem = await refused.json() as { errors: { field: string; message: string }[] };
    expect(refused.status).toBe(400);
    expect(problem.errors[0]!.field).toBe('body.about.0.target');
    expect(await errorOf(targetField).innerText()).toContain(problem.errors[0]!.message.replace('about.0.target ', ''));
    expect(await targetField.locator('input').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.form-summary').innerText()).toContain('The statement was not added');
    await t.h.shot(t.page, 'statement-validation');

    // Fixed: the target picked by name, and a new source made from its web address and title.
    await pickActor(t.page, 'dialog[open] .picker-input >> nth=1', 'aliyev', 'Ilham Aliyev');
    await form.locator('.field:has(label:text-is("Source")) select').selectOption('');
    await form.locator('.field:has(label:text-is("Web address")) input').fill('https://example.org/2023/09/26/medvedev-on-baku');
    await form.locator('.field:has(label:text-is("Title")) input').fill('Medvedev on Baku');
    await form.locator('button[type="submit"]').click();
    await dialog().waitFor({ state: 'detached' });

    await expect.poll(() => new URL(t.page.url()).searchParams.get('edge')).toBe(EDGE);
    await expect.poll(() => hasEdge(EDGE)).toBe(true);
    expect(await t.page.evaluate((k) => window.stancegraph!.cy.getElementById(k).hasClass('hidden'), EDGE)).toBe(false);
    const api = await t.h.api<StatementPage>(`/statements?speaker=${SPEAKER}&about=${TARGET}`);
    expect(api.total).toBe(1);
    expect(api.items[0]!.quote).toBe(QUOTE);
    expect(api.items[0]!.sources[0]!.url).toBe('https://example.org/2023/09/26/medvedev-on-baku');
    const card = t.page.locator(`#panel .card[data-statement="${api.items[0]!.id}"]`);
    await card.waitFor();
    expect(await card.locator('.quote').innerText()).toContain(QUOTE);
    await t.h.shot(t.page, 'statement-added');

    // Writes carried the token and a key per submission; reads carried no token.
    const writes = sent.filter((r) => r.method() === 'POST' && /\/api\/(statements|sources)$/.test(new URL(r.url()).pathname));
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const w of writes) {
      expect(w.headers().authorization).toBe(`Bearer ${TOKEN}`);
      expect(w.headers()['idempotency-key']).toMatch(/^web-[0-9a-f]{32}/);
    }
    const statementKeys = writes.filter((r) => r.url().endsWith('/api/statements')).map((r) => r.headers()['idempotency-key']);
    expect(new Set(statementKeys).size).toBe(statementKeys.length);
    expect(sent.filter((r) => r.method() === 'GET' && r.headers().authorization)).toEqual([]);
  });

  it('lists the change in the actor\'s History: who, when, what and why', async () => {
    await t.page.locator('#panel .card-head .speakers > .link', { hasText: 'Dmitry Medvedev' }).first().click();
    await t.page.locator('#panel h2', { hasText: 'Dmitry Medvedev' }).waitFor();
    await t.page.click('#panel [role="tab"]:text-is("History")');
    const first = t.page.locator('#panel .history-list .change').first();
    await first.waitFor();
    const changes = await t.h.api<ChangePage>(`/changes?actor=${SPEAKER}`);
    expect(changes.items[0]!.who).toBe('e2e-editor');
    expect(changes.items[0]!.action).toBe('create');
    const text = await first.innerText();
    expect(text).toContain('e2e-editor');
    expect(text).toContain(changes.items[0]!.summary);
    expect(text).toContain(`why: ${REASON}`);
    expect(await first.locator('time').getAttribute('datetime')).toBe(changes.items[0]!.at);
    await first.locator('summary').click();
    expect(await first.locator('.change-records').innerText()).toContain('created statement');
    await t.h.shot(t.page, 'history');
  });

  it('edits an actor, with the API\'s message at the field it names, and shows the change', async () => {
    await t.page.click('#panel button:text-is("Edit actor")');
    const form = dialog().locator('form');
    const name = form.locator('.field:has(label:text-is("Name"))');
    await name.locator('input').fill('');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => errorOf(name).innerText()).toContain('must not be empty');
    await name.locator('input').fill('Dmitry Medvedev');
    await form.locator('.field:has(label:text-is("Aliases")) textarea').fill('Medvedev\nDmitri Medvedev\nD. A. Medvedev');
    await form.locator('.field:has(label:text-is("Why (kept in the history)")) input').fill('e2e: initials as a source writes them');
    await form.locator('button[type="submit"]').click();
    await dialog().waitFor({ state: 'detached' });
    await t.page.locator('#panel .panel-head', { hasText: 'D. A. Medvedev' }).waitFor();
    await t.page.click('#panel [role="tab"]:text-is("History")');
    await t.page.locator('#panel .history-list .change').first().filter({ hasText: 'updated actor' }).waitFor();
  });

  it('works on a narrow screen, and signing out removes the token and the edit controls', async () => {
    const narrow = await t.h.page({ width: 390, height: 844 });
    await narrow.goto(`${t.h.url}/`);
    await waitForGraph(narrow);
    await signIn(narrow, TOKEN);
    await narrow.click('.account button:text-is("Add statement")');
    const box = (await narrow.locator('dialog[open]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await t.h.shot(narrow, 'statement-form-narrow');
    await narrow.keyboard.press('Escape');
    await narrow.locator('dialog[open]').waitFor({ state: 'detached' });
    await narrow.click('.account button:text-is("Sign out")');
    await narrow.locator('.account button:text-is("Sign in")').waitFor();
    expect(await narrow.evaluate(() => sessionStorage.getItem('sg:token'))).toBeNull();
  });
});
