/**
 * What every part of the soak (bench/soak.ts) watches: whether to stop and why, and the server to stop. A
 * signal or the server's exit stops the load at once; the report then covers what ran.
 */
import type { StartedProcess } from "../support.js";

export type Log = (line: string) => void;

/** A signal came before the load started: nothing was measured. */
export class Interrupted extends Error {
  override name = "Interrupted";
}

export class SoakState {
  interruptedBy: NodeJS.Signals | undefined;
  stopping = false;
  server: StartedProcess | undefined;
  serverExit: string | undefined;
  /** Resolves at the first signal or at the server's exit, so that a sampling loop waiting on it wakes. */
  readonly interruption: Promise<void>;
  wakeUp: () => void = () => undefined;
  /** When the first signal came: npm and tsx relay a terminal's Ctrl-C, so one press can arrive two or three times. */
  private firstSignalAt = 0;

  constructor(private readonly log: Log) {
    this.interruption = new Promise<void>((resolve) => {
      this.wakeUp = resolve;
    });
  }

  /** Installs the process handlers: signals stop the soak, and nothing outlives it. */
  watch(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      this.onSignal(signal);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    // A closed pipe (`npm run soak | head`) must not end the run before it has cleaned up.
    for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
    // The server runs in its own process group (so Ctrl-C reaches us first): never leave it behind.
    process.on("exit", () => {
      const child = this.server?.child;
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
  }

  checkInterrupted(): void {
    if (this.interruptedBy) throw new Interrupted(`interrupted by ${this.interruptedBy}`);
  }

  private onSignal(signal: NodeJS.Signals): void {
    if (this.interruptedBy) {
      if (Date.now() - this.firstSignalAt < 1000) return;
      this.log(
        `${signal} again: exiting now. The soak Neo4j may still run: npm run neo4j -- stop --instance soak`,
      );
      this.server?.child.kill("SIGKILL");
      process.exit(130);
    }
    this.firstSignalAt = Date.now();
    this.interruptedBy = signal;
    this.stopping = true;
    this.log(
      `${signal}: stopping the load, then the server and the soak Neo4j (press again to exit at once).`,
    );
    this.wakeUp();
  }
}
