// Answers are written by fast-json-stringify compiled from each route's zod response schema: the same bytes
// zod's encode and JSON.stringify wrote, declared fields only.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializer } from '../../server/plugins/response-serializer.js';
import { Elements } from '../../server/schemas/graph.js';

const serializer = (schema: z.ZodType) => responseSerializer({ schema, method: 'GET', url: '/test', httpStatus: '200' });

const elements = {
  nodes: [{ data: { id: 'state-a', label: 'State "A" \\ ünïcode', kind: 'state', said: 3, spokenAbout: 0 } }],
  edges: [
    { data: { id: 'spoke:state-a->state-b', source: 'state-a', target: 'state-b', type: 'SPOKE_ABOUT', count: 3, stances: { condemns: 2, urges: 1 }, dominantStance: 'condemns', polarity: 'hostile', statementIds: ['s1', 's2', 's3'], firstDate: '2023-09-19', lastDate: null, hop: 1 } },
    { data: { id: 'MEMBER_OF:state-a->bloc-c', source: 'state-a', target: 'bloc-c', type: 'MEMBER_OF', detail: null, since: '1992-05-15', until: null } },
  ],
  truncated: false,
};

describe('the response serializer', () => {
  it('writes the bytes zod and JSON.stringify wrote: nulls, absent optionals, a record, escapes', () => {
    expect(serializer(Elements)(elements)).toBe(JSON.stringify(z.encode(Elements, elements as z.input<typeof Elements>)));
  });

  it('writes declared fields only, as zod did', () => {
    const extra = { ...elements, internal: 'kept back', nodes: [{ data: { ...elements.nodes[0]!.data, offset: 17 } }] };
    const written = JSON.parse(serializer(Elements)(extra)) as typeof elements;
    expect(written).toEqual(elements);
  });
});
