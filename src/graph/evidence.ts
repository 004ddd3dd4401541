import type { Graph } from "./driver.js";
import type { EvidenceRow } from "./rows.js";

/**
 * The evidence of entities or relationships, grouped by the id they support, in the order of `abouts`.
 * Quotes come in source order, then position in the source.
 */
export async function evidenceByAbout(graph: Graph, abouts: readonly string[]): Promise<EvidenceRow[][]> {
  const rows = await graph.read<{ about: string; evidence: EvidenceRow[] }>(
    `UNWIND $abouts AS about
     MATCH (e:Evidence {about: about})-[:FROM]->(s:Source)
     WITH about, e, s ORDER BY e.sourceId, e.start
     RETURN about, collect(e { .id, .about, .quote, .start, .end, .sourceId, sourcePublishedOn: s.publishedOn }) AS evidence`,
    { abouts },
  );
  const byAbout = new Map(rows.map((r) => [r.about, r.evidence]));
  return abouts.map((about) => byAbout.get(about) ?? []);
}
