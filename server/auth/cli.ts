// `npm run token -- new <name> <role>`: makes a token and prints it once, with the API_TOKENS entry
// (its hash) to configure. `npm run token -- hash <name> <role>` reads an existing token on stdin.
import { text } from 'node:stream/consumers';
import { commandLine, oneOf, UsageError } from '../cli/args.js';
import { ROLES, TOKEN_NAME, TOKEN_NAME_RULE, newToken, tokenEntry } from './tokens.js';

const usage = `usage: npm run token -- new <name> <role>     (role: ${ROLES.join(', ')})\n       printf %s "$TOKEN" | npm run token -- hash <name> <role>`;

const { command, name, role } = commandLine({ usage, positionals: true }, ({ positionals }) => {
  if (positionals.length !== 3) throw new UsageError(`expected three arguments (new or hash, a name, a role), got ${positionals.length}${positionals.length > 0 ? `: ${positionals.join(' ')}` : ''}`);
  const [command, name, role] = positionals as [string, string, string];
  // A name the configuration would refuse is refused here, before a token is made for it.
  if (!TOKEN_NAME.test(name)) throw new UsageError(`<name> must be ${TOKEN_NAME_RULE}, not "${name}"`);
  return { command: oneOf('the command', command, ['new', 'hash']), name, role: oneOf('<role>', role, ROLES) };
});

if (command === 'new') {
  const token = newToken();
  console.log(`token (give it to ${name}; it is not stored anywhere): ${token}`);
  console.log(`API_TOKENS entry: ${tokenEntry(name, role, token)}`);
} else {
  const token = (await text(process.stdin)).trim();
  if (!token) {
    console.error('no token on stdin');
    process.exitCode = 2;
  } else console.log(tokenEntry(name, role, token));
}
