// Helpers beside the harness: a page with the debug flag on (the test hooks live behind it), and the label
// boxes a reader sees, measured by Cytoscape itself.
import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import type { Harness } from './harness.js';

/** A page whose first load carries ?debug, so window.stancegraph exists for the checks. */
export async function debugPage(h: Harness, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await h.page(viewport);
  await page.addInitScript(() => sessionStorage.setItem('sg:debug', '1'));
  return page;
}

export interface DrawnLabel { id: string; text: string; x1: number; y1: number; x2: number; y2: number }

/** Every label drawn on screen now: on a shown, not faded node, with its text opaque, inside the canvas. */
export function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const cy = window.stancegraph!.cy;
    const [w, h] = [cy.width(), cy.height()];
    return cy.nodes().filter((n) => n.visible() && Number(n.style('text-opacity')) > 0 && Number(n.style('opacity')) > 0.5 && !!n.style('label'))
      .map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
        return { id: n.id(), text: String(n.style('label')), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      })
      .filter((b) => b.x2 > 0 && b.x1 < w && b.y2 > 0 && b.y1 < h && b.x2 > b.x1);
  });
}

/** Pairs of drawn labels whose boxes overlap by more than a pixel. */
export function overlappingLabels(labels: DrawnLabel[]): [string, string][] {
  const out: [string, string][] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1) out.push([a.text, b.text]);
  }));
  return out;
}

/** Opens the toolbar's Export menu and downloads the current view in one format. */
export async function exportAs(page: Page, format: 'png' | 'svg' | 'csv' | 'json' | 'graphml' | 'gexf') {
  const menu = page.locator('.graph-tools details.menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${format}"]`)]);
  return download;
}

/** For a file using harnessForFile: turns the debug flag on for its page before the first test. */
export function withDebugFlag(t: { page: Page }): void {
  beforeAll(async () => { await t.page.addInitScript(() => sessionStorage.setItem('sg:debug', '1')); });
}
