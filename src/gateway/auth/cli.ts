/**
 * `npm run -s apikey -- <name> <role>`: makes a new API key, prints it once,
 * and prints the entry to configure. The gateway only ever sees the entry
 * (the key's SHA-256), so the key cannot be recovered from configuration.
 */
import { ROLES } from '../context.js';
import { API_KEY_NAME, apiKeyEntry, generateApiKey, isRole } from './apiKeys.js';

const USAGE = `usage: npm run -s apikey -- <name> <role>
  name  who holds the key, as logs will show it: 1 to 64 letters, digits, ".", "_" or "-"
  role  one of ${ROLES.join(', ')}`;

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const [name, role, ...rest] = args;
  const problems: string[] = [];
  if (name === undefined || role === undefined || rest.length > 0) problems.push('expected exactly two arguments: <name> <role>');
  else {
    if (!API_KEY_NAME.test(name)) problems.push(`name "${name}": must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`);
    if (!isRole(role)) problems.push(`role "${role}": must be one of ${ROLES.join(', ')}`);
  }
  if (problems.length > 0 || name === undefined || role === undefined || !isRole(role)) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }
  const key = generateApiKey();
  console.log(`API key for ${name} (${role}). It is shown only now; give it to its holder, who sends it as the x-api-key header:

${key}

Add this entry to AUTH_API_KEYS (entries separated by commas) or as a line of AUTH_API_KEYS_FILE:

${apiKeyEntry(name, role, key)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
