/**
 * The server's memory during the soak (bench/soak.ts): RSS from /proc every sample, and the V8 heap as the
 * server's own --trace-gc lines report it; then the figures the verdict compares (bench/soak/verdict.ts):
 * medians, floors and slopes after the warm-up, first third against last third.
 */

export interface Sample {
  /** Seconds since the load started (0: before it, at rest). */
  t: number;
  requests: number;
  rps: number;
  p99: number;
  errors: number;
  rssMb: number;
  /** Used V8 heap after the latest garbage collection, when known. */
  heapMb: number | undefined;
}

/**
 * The heap a full collection left: the floor of the sawtooth, where a leak shows first. (RSS read at that
 * moment is no floor: the trace line comes before V8 gives the freed pages back.)
 */
export interface AfterFullGc {
  t: number;
  heapMb: number;
}

/**
 * Reads `--trace-gc` lines ("[pid:0xISOLATE] 1234 ms: Scavenge 40.1 (52.0) -> 38.7 (52.0) MB, ..."). tsx's
 * module loader runs in a second isolate that prints too; the server's is the one that collects most.
 */
export class GcWatch {
  private isolates = new Map<
    string,
    { collections: number; usedAfterMb: number; fullCollections: number; liveMb?: number }
  >();
  /** Called after each full collection (mark-compact) of the server's isolate, with the heap it left. */
  onFull: ((heapAfterMb: number) => void) | undefined;

  /** Whether the line was a GC trace. */
  read(line: string): boolean {
    const match =
      /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (.+?) [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
    if (!match?.[1] || !match[2] || !match[3]) return false;
    const isolate = this.isolates.get(match[1]) ?? { collections: 0, usedAfterMb: 0, fullCollections: 0 };
    isolate.collections += 1;
    isolate.usedAfterMb = Number(match[3]);
    this.isolates.set(match[1], isolate);
    if (match[2].startsWith("Mark-Compact")) {
      isolate.fullCollections += 1;
      isolate.liveMb = isolate.usedAfterMb;
      if (isolate === this.main()) this.onFull?.(isolate.usedAfterMb);
    }
    return true;
  }

  private main() {
    return [...this.isolates.values()].sort((a, b) => b.collections - a.collections)[0];
  }

  heapMb(): number | undefined {
    return this.main()?.usedAfterMb;
  }

  /** The heap the latest full collection left. */
  liveHeapMb(): number | undefined {
    return this.main()?.liveMb;
  }

  counts(): { collections: number; fullCollections: number } {
    const main = this.main();
    return { collections: main?.collections ?? 0, fullCollections: main?.fullCollections ?? 0 };
  }
}

/** Least-squares slope of y over t, per minute (t in seconds). */
function slopePerMinute(points: { t: number; y: number }[]): number {
  const n = points.length;
  const meanT = points.reduce((s, p) => s + p.t, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.t - meanT) * (p.y - meanY), 0);
  const den = points.reduce((s, p) => s + (p.t - meanT) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
}

/** Theil-Sen slope of y over t, per minute: the median of the slopes between every two points. */
function robustSlopePerMinute(points: { t: number; y: number }[]): number {
  const slopes: number[] = [];
  points.forEach((a, i) => {
    for (const b of points.slice(i + 1)) if (b.t !== a.t) slopes.push((b.y - a.y) / (b.t - a.t));
  });
  return median(slopes) * 60;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** The first and the last third of a series (one element each at least). */
function thirds<T>(items: T[]): [T[], T[]] {
  const third = Math.max(1, Math.floor(items.length / 3));
  return [items.slice(0, third), items.slice(items.length - third)];
}

export interface MemorySeries {
  atRest: number | undefined;
  first: { t: number; y: number } | undefined;
  last: { t: number; y: number } | undefined;
  median: number;
  max: number;
  slope: number;
  robustSlope: number;
  /** Lowest of the first and of the last third of the post-warm-up points. */
  floors: [number, number];
  /** Median of the first and of the last third of the post-warm-up points. */
  medians: [number, number];
  count: number;
}

function memorySeries(
  points: { t: number; y: number }[],
  atRest: number | undefined,
  warmup: number,
): MemorySeries {
  const during = points.filter((p) => p.t > 0 && Number.isFinite(p.y));
  const after = during.filter((p) => p.t >= warmup);
  const lowest = (part: { y: number }[]) => (part.length ? Math.min(...part.map((p) => p.y)) : NaN);
  const [firstThird, lastThird] = thirds(after);
  return {
    atRest,
    first: after[0],
    last: after[after.length - 1],
    median: after.length ? median(after.map((p) => p.y)) : NaN,
    max: during.length ? Math.max(...during.map((p) => p.y)) : NaN,
    slope: after.length >= 3 ? slopePerMinute(after) : NaN,
    robustSlope: after.length >= 3 ? robustSlopePerMinute(after) : NaN,
    floors: [lowest(firstThird), lowest(lastThird)],
    medians: [median(firstThird.map((p) => p.y)), median(lastThird.map((p) => p.y))],
    count: after.length,
  };
}

/** What the load measured of memory. */
export interface MemoryRecord {
  samples: Sample[];
  afterFullGc: AfterFullGc[];
  /** The heap the last full collection before the load left, if there was one. */
  liveAtRest: number | undefined;
}

export interface Memory {
  rss: MemorySeries;
  live: MemorySeries;
  /** Growth of the RSS floor (lowest sample) from the first to the last third after the warm-up. */
  floorGrowth: number;
  /** Growth of the live heap's median from the first to the last third after the warm-up. */
  liveGrowth: number;
  /** Mean req/s of the first and the last third after the warm-up, how much it changed, and whether it held. */
  load: { thirds: number[]; change: number; steady: boolean };
}

export function measureMemory(record: MemoryRecord, warmup: number): Memory {
  const { samples } = record;
  const rss = memorySeries(
    samples.map((s) => ({ t: s.t, y: s.rssMb })),
    samples[0]?.rssMb,
    warmup,
  );
  const live = memorySeries(
    record.afterFullGc.map((f) => ({ t: f.t, y: f.heapMb })),
    record.liveAtRest,
    warmup,
  );
  // Memory compares like with like only if the load stayed about the same: V8 sizes its young generation
  // and keeps more floating garbage at a higher allocation rate, so a neighbour that stops mid-run (and
  // lets our throughput double) shows as growth.
  const loadThirds = thirds(samples.filter((s) => s.t >= warmup && s.t > 0)).map((part) =>
    part.length ? part.reduce((sum, s) => sum + s.rps, 0) / part.length : NaN,
  );
  const loadChange = (loadThirds[1] ?? NaN) / (loadThirds[0] ?? NaN) - 1;
  return {
    rss,
    live,
    floorGrowth: rss.floors[1] / rss.floors[0] - 1,
    liveGrowth: live.medians[1] / live.medians[0] - 1,
    load: { thirds: loadThirds, change: loadChange, steady: Math.abs(loadChange) <= 0.25 },
  };
}
