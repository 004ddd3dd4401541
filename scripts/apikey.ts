/**
 * `npm run apikey -- NAME ROLE`: makes a new API key. Prints the token (give it to the user; it is not
 * stored anywhere) and the API_KEYS entry for the server, which holds only its SHA-256 hash.
 */
import { createApiKey, ROLES, type Role } from "../src/auth.js";

const [name, role] = process.argv.slice(2);
if (!name || !role || !(ROLES as readonly string[]).includes(role) || !/^[\w.@-]+$/.test(name)) {
  console.error(`usage: npm run apikey -- NAME ${ROLES.join("|")}   (NAME: letters, digits, _ . @ -)`);
  process.exit(2);
}
const { token, entry } = createApiKey(name, role as Role);
console.log(`token (give it to ${name}; shown only now):\n  ${token}\n`);
console.log(`add to the server's API_KEYS (comma-separated):\n  ${entry}`);
