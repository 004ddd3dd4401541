import type { Mention } from "./recognize.js";
import type { DraftDocument, EntityProposal, RelationshipProposal, StatementProposal } from "./types.js";

/**
 * Who cites a regulation: the speaker of a statement whose words name it (CITES, "Menurutnya, kebijakan
 * hilirisasi ini sejalan dengan implementasi UU No. 3 Tahun 2020"), and the ministry an instrument names as
 * its author (ISSUED: a "Surat Edaran Menteri Perindustrian" is issued by the Kementerian Perindustrian,
 * when the article names that ministry).
 */
export function citations(
  doc: DraftDocument,
  statements: readonly StatementProposal[],
  regulations: readonly (EntityProposal & { issuerName?: string })[],
  mentions: readonly Mention[],
): RelationshipProposal[] {
  const out: RelationshipProposal[] = [];
  for (const r of regulations) {
    const id = r.existingId ?? r.entity.id;
    for (const s of statements) {
      if (!(s.quote.start <= r.span.start && r.span.end <= s.quote.end)) continue;
      out.push({
        type: "relationship",
        rule: "regulation.cited-in-statement",
        confidence: 0.7,
        span: r.span,
        relationship: {
          type: "CITES",
          from: s.speaker,
          to: id,
          ...(doc.publishedOn ? { observedOn: doc.publishedOn } : {}),
        },
      });
    }
    if (!r.issuerName) continue;
    const issuer = r.issuerName.toLowerCase();
    const ministry = mentions.find(
      (m) => m.kind === "Organization" && doc.text.slice(m.span.start, m.span.end).toLowerCase() === issuer,
    );
    if (ministry)
      out.push({
        type: "relationship",
        rule: "regulation.issued-by-minister",
        confidence: 0.7,
        span: r.span,
        note: `The instrument is the minister's; the article names ${r.issuerName}`,
        relationship: {
          type: "ISSUED",
          from: ministry.id,
          to: id,
          inferred: `It is an instrument of the minister of that ministry: '${doc.text.slice(r.span.start, r.span.end).slice(0, 80)}'`,
        },
      });
  }
  return out;
}
