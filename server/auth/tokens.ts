// API tokens: configured as SHA-256 hashes only (API_TOKENS="name:role:sha256hex,..."), so no plain
// token is ever stored; a presented token is hashed and compared with every entry in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Each role may do what the roles before it may: reader reads, editor writes, admin also merges and deletes. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiToken { name: string; role: Role; hash: Buffer }
export interface Principal { name: string; role: Role }

export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();
export const newToken = (): string => `sg_${randomBytes(32).toString('base64url')}`;
/** What a token's name may be: it goes into API_TOKENS between the separators "," and ":". */
export const TOKEN_NAME = /^[\w.@-]{1,64}$/;
export const TOKEN_NAME_RULE = '1-64 letters, digits, "_", ".", "@" or "-"';
export const allows = (have: Role, need: Role) => ROLES.indexOf(have) >= ROLES.indexOf(need);

/** The API_TOKENS entry for a token: what goes into the configuration instead of the token itself. */
export const tokenEntry = (name: string, role: Role, token: string) => `${name}:${role}:${hashToken(token).toString('hex')}`;

/** Parses API_TOKENS; each problem names the entry by position and name (never a hash). */
export function parseTokens(spec: string): { tokens: ApiToken[]; problems: string[] } {
  const tokens: ApiToken[] = [];
  const problems: string[] = [];
  spec.split(',').map((s) => s.trim()).filter(Boolean).forEach((entry, i) => {
    const [name = '', role = '', hex = '', ...rest] = entry.split(':');
    const where = `entry ${i + 1}${TOKEN_NAME.test(name) ? ` ("${name}")` : ''}`;
    if (rest.length > 0 || !hex) problems.push(`${where}: must be name:role:sha256hex`);
    else if (!TOKEN_NAME.test(name)) problems.push(`${where}: the name must be ${TOKEN_NAME_RULE}`);
    else if (!(ROLES as readonly string[]).includes(role)) problems.push(`${where}: the role must be one of ${ROLES.join(', ')}`);
    else if (!/^[0-9a-f]{64}$/i.test(hex)) problems.push(`${where}: the hash must be 64 hex digits (the SHA-256 of the token)`);
    else if (tokens.some((t) => t.name === name)) problems.push(`${where}: the name is used twice`);
    else tokens.push({ name, role: role as Role, hash: Buffer.from(hex, 'hex') });
  });
  return { tokens, problems };
}

/** The configured token matching a presented one. Every entry is compared, whatever matched, in constant time. */
export function findToken(tokens: readonly ApiToken[], presented: string): Principal | undefined {
  const hash = hashToken(presented);
  let found: ApiToken | undefined;
  for (const t of tokens) if (timingSafeEqual(t.hash, hash) && !found) found = t;
  return found && { name: found.name, role: found.role };
}
