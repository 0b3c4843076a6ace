// /api/sources: the source documents and the statements each backs.
import { z } from 'zod';
import { Page, day } from './common.js';
import { paging } from './params.js';
import { Statement } from './statements.js';

export const ListSourcesQuery = z.object(paging());
export const GetSourceQuery = z.object(paging(100, 500));

export const SourceSummary = z.object({
  id: z.string(), title: z.string(), publisher: z.string().nullable(), url: z.string().nullable(), published: day.nullable(), kind: z.string(),
  statementCount: z.number().int(),
});
export const SourcePage = Page(SourceSummary);
export const SourceDetail = SourceSummary.extend({ statements: z.array(Statement) });
