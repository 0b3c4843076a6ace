// A read query's contract: the parameters it takes and the row it returns, as zod schemas. The
// repositories call queries through typedReader (reads.ts), which checks both, so a query file and
// the code that reads it cannot drift apart unnoticed.
import { z } from 'zod';

export interface ReadDefinition<P extends z.ZodRawShape = z.ZodRawShape, R extends z.ZodRawShape = z.ZodRawShape> {
  params: z.ZodObject<P>;
  row: z.ZodObject<R>;
  /** The one engine that has this query (a form the other engine cannot run); both when absent. */
  only?: 'neo4j' | 'ladybug';
}

export const defineRead = <P extends z.ZodRawShape, R extends z.ZodRawShape>(params: P, row: R, only?: ReadDefinition['only']): ReadDefinition<P, R> => ({
  params: z.object(params), row: z.object(row), ...(only ? { only } : {}),
});

/** Field shapes the definitions share. */
export const text = z.string();
export const maybeText = z.string().nullable();
/** A date as the adapters return it: YYYY-MM-DD, or null. */
export const maybeDay = z.string().nullable();
export const count = z.number().int();
export const ids = z.array(z.string());
export const page = { limit: z.number().int(), offset: z.number().int() };
/** Date-range parameters ($anyDate means no range was asked for): see dateRange in api/params.ts. */
export const dateRange = { anyDate: z.boolean(), from: z.string(), to: z.string() };
/** As-of parameters: see asOfParams in api/params.ts. */
export const asOf = { useAsOf: z.boolean(), asOf: z.string() };
