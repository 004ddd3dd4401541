/**
 * PASS or FAIL, and why (bench/soak.ts): zero errors, a load that ran to its end, flat memory after the
 * warm-up (what "flat" means, and why, is explained at FLAT in bench/soak.ts), and a clean stop.
 */
import type { Run } from "./load.js";
import type { Memory } from "./memory.js";

/** The bounds of flat memory: at most this growth, judged on at least this many full GCs. */
export interface Flat {
  maxGrowth: number;
  minFullGcs: number;
}

/** How the run ended, read when the verdict is given. */
export interface Outcome {
  interruptedBy: NodeJS.Signals | undefined;
  /** How the server exited during the load, if it did. */
  serverExit: string | undefined;
  /** How the server stopped on SIGTERM after the load: "0" for a clean exit. */
  serverStop: string;
}

export interface Verdict {
  pass: boolean;
  reasons: string[];
}

export function verdict(run: Run, memory: Memory, outcome: Outcome, flat: Flat): Verdict {
  const { tally, seconds } = run;
  const { rss, live, floorGrowth, liveGrowth, load } = memory;
  const unsteadyNote = load.steady
    ? ""
    : `; the load was not steady, ${load.thirds[0]?.toFixed(0)} → ${load.thirds[1]?.toFixed(0)} req/s: rerun on a quiet machine or with --rate`;
  const reasons: string[] = [];
  if (outcome.interruptedBy)
    reasons.push(`interrupted by ${outcome.interruptedBy} after ${seconds.toFixed(0)} s`);
  if (outcome.serverExit) reasons.push(`the server exited during the load (${outcome.serverExit})`);
  if (tally.errors > 0) reasons.push(`${tally.errors} errors`);
  if (tally.requests === 0) reasons.push("no request was answered");
  if (rss.count < 3) reasons.push(`only ${rss.count} RSS samples after the warm-up: too few to judge`);
  else if (!(floorGrowth <= flat.maxGrowth))
    reasons.push(
      `the RSS floor grew ${(floorGrowth * 100).toFixed(1)} % from the first to the last third after the warm-up ` +
        `(at most ${flat.maxGrowth * 100} %${unsteadyNote})`,
    );
  if (live.count < flat.minFullGcs)
    reasons.push(
      `only ${live.count} full GCs after the warm-up: too few to judge the live heap (at least ${flat.minFullGcs}; run longer)`,
    );
  else if (!(liveGrowth <= flat.maxGrowth))
    reasons.push(
      `the live heap grew ${(liveGrowth * 100).toFixed(1)} % from the first to the last third after the warm-up ` +
        `(at most ${flat.maxGrowth * 100} %${unsteadyNote})`,
    );
  if (!outcome.serverExit && outcome.serverStop !== "0")
    reasons.push(`the server did not stop cleanly on SIGTERM (${outcome.serverStop})`);
  return { pass: reasons.length === 0, reasons };
}
