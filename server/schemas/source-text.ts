// /api/source-documents and /api/sources/:id/text: the seed documents the statements quote.
import { z } from 'zod';

export const SourceDocument = z.object({
  id: z.string(), title: z.string(), publisher: z.string().nullable(), url: z.string().nullable(),
  document: z.string().nullable().describe('The document number the seed notes use ("000" for 000_….txt), or null without a document'),
});
export const SourceDocumentList = z.object({ items: z.array(SourceDocument) });
export const SourceText = SourceDocument.extend({ text: z.string() });
