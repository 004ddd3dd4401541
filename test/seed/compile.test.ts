import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import {
  compileSeed,
  compileSeedDir,
  locateQuote,
  SeedError,
  type SeedProblem,
} from "../../src/seed/compile.js";

const TEXT = "Kementerian Perindustrian (Kemenperin) menjajaki kerja sama. Kemenperin juga hadir.";

const file = (body: string) => `source:
  id: source:test-article
  textFile: test.txt
  original: test-original.txt
  publisher: Test
  title: A test article
  language: id
${body}`;

const ORG = `entities:
  - kind: Organization
    id: org:kemenperin
    name: Kementerian Perindustrian
    aliases: [Kemenperin]
    type: MINISTRY
    evidence: ["Kementerian Perindustrian (Kemenperin)"]
`;

function problemsOf(files: Record<string, string>): SeedProblem[] {
  try {
    compileSeed(files, { "test.txt": TEXT });
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
}

describe("compileSeed", () => {
  it("locates each quote at its offsets", () => {
    const graph = compileSeed({ "a.yaml": file(ORG) }, { "test.txt": TEXT });
    const [evidence] = graph.evidence;
    expect(evidence).toMatchObject({ about: "org:kemenperin", start: 0, end: 38 });
    expect(TEXT.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
  });

  it("names the file, the path, the line and the problem", () => {
    const problems = problemsOf({
      "bad.yaml": file(`entities:
  - kind: Organization
    id: org:kemenperin
    name: Kementerian Perindustrian
    type: MINSTRY
    evidence: ["Kementerian Perindustrian (Kemenperin)"]
`),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "bad.yaml", at: "entities[0].type (line 12)" });
    expect(problems[0]?.message).toMatch(/MINISTRY/);
  });

  it("refuses a quote that is not in the source, and one that is ambiguous", () => {
    const problems = problemsOf({
      "q.yaml": file(`entities:
  - kind: Organization
    id: org:kemenperin
    name: Kementerian Perindustrian
    type: MINISTRY
    evidence: ["Kementerian Perindustrian mengundang", "Kemenperin"]
`),
    });
    expect(problems.map((p) => [p.at, p.message.split(":")[0]])).toEqual([
      ["entities[0].evidence[0] (line 13)", "quote not found verbatim in the source text"],
      [
        "entities[0].evidence[1] (line 13)",
        "quote occurs more than once in the source text; quote more of the sentence",
      ],
    ]);
  });

  it("refuses a fact without evidence", () => {
    const problems = problemsOf({
      "e.yaml": file(`entities:
  - kind: Person
    id: person:nobody
    name: Nobody
    evidence: []
`),
    });
    expect(problems[0]).toMatchObject({
      at: "entities[0].evidence (line 12)",
      message: "every fact needs at least one evidence quote",
    });
  });

  it("refuses dangling references and ties between the wrong kinds", () => {
    const problems = problemsOf({
      "r.yaml": file(`${ORG}relationships:
  - type: UNIT_OF
    from: org:ilmate
    to: org:kemenperin
    evidence: ["Kemenperin juga hadir"]
  - type: HOLDS_POSITION
    from: org:kemenperin
    to: org:kemenperin
    title: Menteri
    evidence: ["menjajaki kerja sama"]
`),
    });
    expect(problems.map((p) => p.message)).toEqual([
      "unknown entity org:ilmate",
      "a relationship cannot connect an entity to itself (org:kemenperin)",
      "HOLDS_POSITION cannot have a Organization (org:kemenperin) at its 'from' end; expected Person",
    ]);
  });

  it("refuses a relationship from an entity to itself, whatever its type", () => {
    const problems = problemsOf({
      "loop.yaml": file(`${ORG}relationships:
  - type: UNIT_OF
    from: org:kemenperin
    to: org:kemenperin
    evidence: ["Kemenperin juga hadir"]
`),
    });
    expect(problems).toEqual([
      {
        file: "loop.yaml",
        at: "relationships[0].to (line 18)",
        message: "a relationship cannot connect an entity to itself (org:kemenperin)",
      },
    ]);
  });

  it("refuses an entity declared again with different facts", () => {
    const other = file(ORG.replace("type: MINISTRY", "type: COMPANY")).replace(
      "source:test-article",
      "source:test-other",
    );
    const problems = problemsOf({ "a.yaml": file(ORG), "b.yaml": other });
    expect(problems).toEqual([
      {
        file: "b.yaml",
        at: "entities[0].type (line 13)",
        message: 'org:kemenperin is declared elsewhere with type "MINISTRY"',
      },
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    const problems = problemsOf({ "y.yaml": file("entities:\n  - kind: [unclosed\n") });
    expect(problems[0]?.file).toBe("y.yaml");
    expect(problems[0]?.at).toMatch(/^line \d+$/);
  });

  it("reports YAML aliases it cannot expand as problems, not crashes", () => {
    // Found by test/reliability/fuzz.test.ts: importSource answered these with INTERNAL_SERVER_ERROR.
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
      .concat(["b", "c", "d", "e"].map((k, i) => `${k}: &${k} [${`*${"abcd"[i]},`.repeat(9).slice(0, -1)}]`))
      .join("\n");
    expect(problemsOf({ "bomb.yaml": bomb })).toEqual([
      {
        file: "bomb.yaml",
        at: "(file)",
        message: "YAML: Excessive alias count indicates a resource exhaustion attack",
      },
    ]);
    expect(problemsOf({ "dangling.yaml": file("entities: *nowhere") })).toEqual([
      {
        file: "dangling.yaml",
        at: "(file)",
        message: "YAML: Unresolved alias (the anchor must be set before the alias): nowhere",
      },
    ]);
  });

  it("checks a printed weekday date against publishedOn", () => {
    const dated = file(ORG).replace(
      "  language: id",
      "  language: id\n  publishedOn: 2025-03-06\n  dateNote: \"The article prints 'Rabu (5/3)'\"",
    );
    expect(problemsOf({ "d.yaml": dated })[0]?.message).toBe(
      "the note's Rabu (5/3) is 2025-03-05, not publishedOn 2025-03-06",
    );
  });
});

describe("the project's seed files", () => {
  const seedDir = path.join(projectRoot, "seed");
  const graph = compileSeedDir(seedDir);

  it("compile without a problem", () => {
    expect(graph.sources).toHaveLength(5);
    expect(graph.entities.length).toBeGreaterThan(100);
  });

  it("take every line of their texts verbatim from the collected page", () => {
    for (const source of graph.sources) {
      expect(source.original, source.id).toBeDefined();
      const original = new Set(
        readFileSync(path.join(seedDir, "originals", source.original!), "utf8").split("\n"),
      );
      for (const line of source.text.split("\n")) {
        if (line.trim() !== "")
          expect(original, `${source.textFile}: "${line.slice(0, 60)}"`).toContain(line);
      }
    }
  });

  it("give every entity other names besides its canonical one", () => {
    for (const e of graph.entities)
      expect(
        e.aliases.filter((a) => a !== e.name),
        e.id,
      ).not.toEqual([]);
  });

  it("cover all five collected articles", () => {
    expect(graph.sources.map((s) => s.original).sort()).toEqual(
      readdirSync(path.join(seedDir, "originals")).sort(),
    );
  });

  it("quote every fact verbatim, once, from its own source", () => {
    const texts = new Map(graph.sources.map((s) => [s.id, s.text]));
    for (const e of graph.evidence) {
      expect(texts.get(e.sourceId)?.slice(e.start, e.end), e.id).toBe(e.quote);
      expect(locateQuote(texts.get(e.sourceId) ?? "", e.quote)).toEqual({ start: e.start, end: e.end });
    }
  });
});
