/**
 * What the operation limits share: each named fragment is measured once, however often it is spread.
 * Without it, a walk re-measures a fragment at every spread, and ten spreads per level of fragments make
 * it grow ×10 per level: 1.2 kB of fragments froze the server for minutes (issue 12). With it, every
 * measurement is linear in the document.
 */
export class FragmentMemo<Measure> {
  private readonly measures = new Map<string, Measure | "measuring">();

  /** `cycle`: what a fragment spread inside itself counts (validation refuses cycles before this runs). */
  constructor(private readonly cycle: Measure) {}

  /** The measure of the fragment `name`, computed by `measure` the first time only. */
  fragment(name: string, measure: () => Measure): Measure {
    const known = this.measures.get(name);
    if (known === "measuring") return this.cycle;
    if (known !== undefined) return known;
    this.measures.set(name, "measuring");
    const measured = measure();
    this.measures.set(name, measured);
    return measured;
  }
}
