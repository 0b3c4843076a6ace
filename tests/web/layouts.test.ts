// Which layout the page picks by itself: by the number of actors, unless the reader picked one it can handle.
import { describe, expect, it } from 'vitest';
import { FORCE_READS_UP_TO, LAYOUTS, layoutFor } from '../../web/src/graph/layouts.js';

describe('the layout chosen by graph size', () => {
  it('force-directed for a small graph, rings by connections for the seed\'s first view, radial beyond', () => {
    expect(layoutFor(12).name).toBe('force');
    expect(layoutFor(FORCE_READS_UP_TO).name).toBe('force');
    expect(layoutFor(FORCE_READS_UP_TO + 1).name).toBe('concentric');
    // The seed's overview: about 230 actors, of which some 200 connected.
    expect(layoutFor(232).name).toBe('concentric');
    expect(layoutFor(LAYOUTS.concentric.maxNodes + 1).name).toBe('radial');
    expect(layoutFor(100_000).name).toBe('radial');
  });

  it('the reader\'s pick wins while it can handle the graph', () => {
    expect(layoutFor(232, 'force').name).toBe('force');
    expect(layoutFor(232, 'time').name).toBe('time');
    expect(layoutFor(LAYOUTS.force.maxNodes + 1, 'force').name).toBe('concentric');
    expect(layoutFor(20, 'kind').name).toBe('kind');
  });
});
