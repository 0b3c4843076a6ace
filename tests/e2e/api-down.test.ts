// When the database goes away underneath the running server, the API answers 503 and the page says so, with a retry.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, waitForGraph, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

it('shows an error state with a retry button when the API is down', async () => {
  const page = await h.page();
  await page.goto(h.url);
  await waitForGraph(page);
  await h.store.close();
  const res = await fetch(`${h.url}/api/graph/overview`);
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toContain('application/problem+json');

  await page.reload();
  const alert = page.locator('.graph-overlay [role="alert"]');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('The API is not answering');
  expect(await alert.innerText()).toContain('503');
  const retry = alert.locator('button', { hasText: 'Retry' });
  await h.shot(page, 'api-down');
  await retry.click();
  await page.locator('.graph-overlay [role="alert"] button', { hasText: 'Retry' }).waitFor();
});
