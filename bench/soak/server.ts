/** The server under load (bench/soak.ts): the real one, src/main.ts, as a child process tracing its GCs. */
import { startProcess, type StartedProcess } from "../support.js";
import type { GcWatch } from "./memory.js";
import type { Log, SoakState } from "./state.js";

/**
 * Starts the server against the prepared database, in its own process group, and feeds its --trace-gc
 * lines to `gc` (its other lines go to the log). Its exit before the soak stops it stops the load.
 */
export async function startServer(
  serverEnv: Record<string, string>,
  gc: GcWatch,
  state: SoakState,
  log: Log,
): Promise<StartedProcess> {
  log("Starting the server (node --trace-gc --import tsx src/main.ts)...");
  state.server = await startProcess(
    ["src/main.ts"],
    {
      ...serverEnv,
      HOST: "127.0.0.1",
      PORT: "0",
      SEED_ON_START: "false",
      // Reads are public in the soak, whatever the shell that runs it has set.
      API_KEYS: "",
      READ_ACCESS: "public",
    },
    {
      nodeArgs: ["--trace-gc"],
      detached: true,
      onLine: (line) => {
        if (!gc.read(line) && line.trim()) log(`  server: ${line}`);
      },
    },
  );
  state.server.child.once("exit", (code, signal) => {
    if (state.stopping) return;
    state.serverExit = `exit ${code ?? signal}`;
    state.stopping = true;
    log(`The server exited during the load (${state.serverExit}).`);
    state.wakeUp();
  });
  return state.server;
}
