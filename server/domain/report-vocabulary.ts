// What a saved report may be called and the types its parameters may have, as plain values: the report
// catalog (server/reports/) checks files against them and the API schemas validate requests with them.
export const REPORT_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PARAM_TYPES = ['string', 'actorId', 'date', 'integer', 'enum', 'boolean'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
