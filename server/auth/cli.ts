// `npm run token -- new <name> <role>`: makes a token and prints it once, with the API_TOKENS entry
// (its hash) to configure. `npm run token -- hash <name> <role>` reads an existing token on stdin.
import { text } from 'node:stream/consumers';
import { ROLES, newToken, tokenEntry, type Role } from './tokens.js';

const [command, name, role] = process.argv.slice(2);
const usage = `usage: npm run token -- new <name> <role>     (role: ${ROLES.join(', ')})\n       printf %s "$TOKEN" | npm run token -- hash <name> <role>`;

if (!['new', 'hash'].includes(command ?? '') || !name || !(ROLES as readonly string[]).includes(role ?? '')) {
  console.error(usage);
  process.exitCode = 2;
} else if (command === 'new') {
  const token = newToken();
  console.log(`token (give it to ${name}; it is not stored anywhere): ${token}`);
  console.log(`API_TOKENS entry: ${tokenEntry(name, role as Role, token)}`);
} else {
  const token = (await text(process.stdin)).trim();
  if (!token) {
    console.error('no token on stdin');
    process.exitCode = 2;
  } else console.log(tokenEntry(name, role as Role, token));
}
