// /api/positions and /api/contradictions: the claims actors take sides on, and who contradicts whom.
import { z } from 'zod';
import { ActorRef, Page } from './common.js';
import { id, paging } from './params.js';
import { Statement } from './statements.js';

export const ListPositionsQuery = z.object(paging());
export const ListContradictionsQuery = z.object({ position: id.optional(), ...paging() });

export const PositionSummary = z.object({
  id: z.string(), label: z.string(), description: z.string().nullable(),
  supporters: z.number().int(), rejecters: z.number().int(),
});
export const PositionPage = Page(PositionSummary);
const Side = z.array(z.object({ actor: ActorRef, statements: z.array(Statement) }));
export const PositionDetail = PositionSummary.extend({ supports: Side, rejects: Side });
export const Contradiction = z.object({ position: z.object({ id: z.string(), label: z.string() }), supports: Statement, rejects: Statement });
export const ContradictionPage = Page(Contradiction);
