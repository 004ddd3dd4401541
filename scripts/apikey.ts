/**
 * `npm run apikey -- NAME ROLE`: makes a new API key. Prints the token (give it to the user; it is not
 * stored anywhere) and the API_KEYS entry for the server, which holds only its SHA-256 hash.
 */
import { createApiKey, ROLES, type Role } from "../src/api-keys.js";
import { runCommand, UsageError } from "../src/run-command.js";

const USAGE = `usage: npm run apikey -- NAME ${ROLES.join("|")}

Makes an API key for NAME (letters, digits, _ . @ -) with that role. Prints the token, shown only now (give
it to NAME; it is stored nowhere), and the entry to add to the server's API_KEYS, which holds only its
SHA-256 hash (docs/writing.md).

options:
  -h, --help   show this help`;

runCommand(
  { name: "npm run apikey", usage: USAGE, options: {}, positionals: ["NAME", "ROLE"] },
  ({ positionals: [name = "", role = ""] }) => {
    if (!/^[\w.@-]+$/.test(name)) {
      throw new UsageError(`NAME may hold letters, digits, _ . @ and - only, got '${name}'`);
    }
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`ROLE must be one of ${ROLES.join(", ")}, got '${role}'`);
    }
    const { token, entry } = createApiKey(name, role as Role);
    console.log(`token (give it to ${name}; shown only now):\n  ${token}\n`);
    console.log(`add to the server's API_KEYS (comma-separated):\n  ${entry}`);
  },
);
