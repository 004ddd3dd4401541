/**
 * What a right answer is (bench/soak.ts): every response is judged against its operation's expectation
 * (bench/soak-mix.ts), and anything else is counted as an error of one of a closed set of kinds. Before
 * the load, the preflight sends every request of the mix once, so that a server (or a database) that
 * answers wrongly is reported before anything is measured.
 */
import { SOAK_MIX, type Answer, type SoakOperation } from "../soak-mix.js";
import { RequestTimeout, type SoakClient } from "./client.js";

export const ERROR_KINDS = [
  "socket error",
  "timeout",
  "unexpected HTTP status",
  "unexpected GraphQL error",
  "wrong answer",
  "wrong refusal",
  "unreadable body",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface Problem {
  kind: ErrorKind;
  detail: string;
}

/** Whether one response is the one expected of its operation; the problem when it is not. */
export function judge(op: SoakOperation, status: number, text: string): Problem | null {
  let answer: { data?: Answer | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { kind: "unreadable body", detail: `HTTP ${status}, not JSON: ${text.slice(0, 200)}` };
  }
  const first = answer.errors?.[0];
  const code = first?.extensions?.code;
  if ("refused" in op.expect) {
    const expected = op.expect.refused;
    if (status !== expected.status || code !== expected.code) {
      return {
        kind: "wrong refusal",
        detail: `HTTP ${status} ${code ?? "without an error"} instead of HTTP ${expected.status} ${expected.code}: ${text.slice(0, 200)}`,
      };
    }
    if (text.includes('"stacktrace"'))
      return { kind: "wrong refusal", detail: "the refusal carries a stack trace" };
    return null;
  }
  if (status !== 200)
    return { kind: "unexpected HTTP status", detail: `HTTP ${status}: ${text.slice(0, 200)}` };
  if (first)
    return { kind: "unexpected GraphQL error", detail: `${code ?? "no code"}: ${first.message ?? ""}` };
  if (!answer.data || !op.expect.check(answer.data))
    return { kind: "wrong answer", detail: text.slice(0, 200) };
  return null;
}

/** One request of the load, judged: a request that got no answer is a problem too (a timeout or a socket error). */
export async function ask(
  client: SoakClient,
  url: URL,
  op: SoakOperation,
  payload: string,
): Promise<Problem | null> {
  try {
    const { status, text } = await client.post(url, payload);
    return judge(op, status, text);
  } catch (error) {
    return error instanceof RequestTimeout
      ? { kind: "timeout", detail: error.message }
      : {
          kind: "socket error",
          detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
        };
  }
}

/** The server answered the mix wrongly before the load: a message, not a stack trace. */
export class PreflightError extends Error {
  override name = "PreflightError";
}

/** Every body of every operation once: the server must answer the mix as expected before anything is measured. */
export async function preflight(client: SoakClient, url: URL, external: boolean): Promise<void> {
  const problems: string[] = [];
  for (const op of SOAK_MIX) {
    for (const payload of op.bodies) {
      const { status, text } = await client.post(url, payload);
      const problem = judge(op, status, text);
      if (problem)
        problems.push(
          `  ${op.name}: ${problem.kind}: ${problem.detail.trim()}\n    request: ${payload.slice(0, 300)}`,
        );
    }
  }
  if (problems.length > 0) {
    throw new PreflightError(
      `the server does not answer the mix as expected, so nothing was measured:\n` +
        problems.slice(0, 10).join("\n") +
        (problems.length > 10 ? `\n  ... and ${problems.length - 10} more` : "") +
        (external
          ? "\nDoes the database at NEO4J_URI hold the seed graph? `npm run seed -- --reset` loads it, or pass --reset-external-database."
          : ""),
    );
  }
}
