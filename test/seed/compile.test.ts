import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/project.js";
import {
  compileSeed,
  compileSeedDir,
  SeedError,
  tryCompileSeed,
  type SeedProblem,
} from "../../src/seed/compile.js";
import { ok } from "../../src/model/problems.js";
import { locateQuote } from "../../src/model/quotes.js";

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
      ["entities[0].evidence[0] (line 13)", "quote not found in the source text"],
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
      "HOLDS_POSITION cannot have a Organization (org:kemenperin) at its 'from' end; expected Person",
      "a relationship cannot connect an entity to itself (org:kemenperin)",
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

describe("compileSeed, forgiving what a person cannot see", () => {
  const text =
    "Direktur Jenderal ILMATE Kemenperin\nTaufiek Bawazier mengatakan “hilirisasi nikel” berjalan.";
  const person = (quote: string) =>
    file(`entities:
  - kind: Person
    id: person:taufiek-bawazier
    name: Taufiek Bawazier
    evidence:
      - ${JSON.stringify(quote)}
`);

  it("stores a quote found across a line break as the text's own span, at the same id as a verbatim one", () => {
    const typed = compileSeed({ "a.yaml": person("Kemenperin Taufiek Bawazier") }, { "test.txt": text });
    const verbatim = compileSeed({ "a.yaml": person("Kemenperin\nTaufiek Bawazier") }, { "test.txt": text });
    expect(typed.evidence).toEqual(verbatim.evidence);
    const [e] = typed.evidence;
    expect(e?.quote).toBe("Kemenperin\nTaufiek Bawazier");
    expect(text.slice(e!.start, e!.end)).toBe(e!.quote);
  });

  it("matches straight quotes to curly ones", () => {
    const graph = compileSeed({ "a.yaml": person('mengatakan "hilirisasi nikel"') }, { "test.txt": text });
    expect(graph.evidence[0]?.quote).toBe("mengatakan “hilirisasi nikel”");
  });
});

describe("compileSeed, every problem at once", () => {
  const problemsIn = (yaml: string, text = TEXT) => {
    const result = tryCompileSeed({ "p.yaml": file(yaml) }, { "test.txt": text });
    return result.problems.map((p) => `${p.at}: ${p.message}`);
  };

  it("reports every problem of a file in one pass, in the order of its lines", () => {
    expect(
      problemsIn(`entities:
  - kind: Organization
    id: org:kemenperin
    name: Kementerian Perindustrian
    type: MINSTRY
    evidence: ["Kemenperin juga hadirr"]
  - kind: Person
    id: person:budi
    name: Budi
    evidence: ["Kemenperin juga hadir"]
relationships:
  - type: HOLDS_POSITION
    from: person:budi
    to: org:ilmate
    title: Direktur Jenderal
    observedOn: 2021-02-30
    evidence: ["menjajaki kerja sama"]
  - type: UNIT_OF
    from: org:kemenperin
    to: org:kemenperin-pusat
    evidence: ["Kementerian Perindustrian (Kemenperin)"]
`),
    ).toEqual([
      expect.stringMatching(/^entities\[0\]\.type \(line 12\): Invalid option: expected one of "MINISTRY"/),
      'entities[0].evidence[0] (line 13): quote not found in the source text: "Kemenperin juga hadirr"; the closest passage is "Kemenperin juga hadir"',
      "relationships[0].to (line 21): unknown entity org:ilmate",
      "relationships[0].observedOn (line 23): 2021-02-30 is not a calendar date: February 2021 has 28 days",
      "relationships[1].to (line 27): unknown entity org:kemenperin-pusat",
    ]);
  });

  it("does not report a reference to an entity whose own declaration is wrong as unknown too", () => {
    expect(
      problemsIn(`${ORG.replace("type: MINISTRY", "type: MINSTRY")}  - kind: Person
    id: person:budi
    name: Budi
    evidence: ["menjajaki kerja sama"]
relationships:
  - type: HOLDS_POSITION
    from: person:budi
    to: org:kemenperin
    title: Menteri
    evidence: ["Kemenperin juga hadir"]
`),
    ).toEqual([expect.stringMatching(/^entities\[0\]\.type \(line 13\): Invalid option/)]);
  });

  it("reports each misspelt key at that key", () => {
    expect(problemsIn(ORG.replace("    type: MINISTRY", "    typ: MINISTRY\n    contry: ID"))).toEqual([
      expect.stringMatching(/^entities\[0\]\.type \(line \d+\): Invalid option/),
      'entities[0].typ (line 13): Unrecognized key: "typ"',
      'entities[0].contry (line 14): Unrecognized key: "contry"',
    ]);
  });

  it("refuses days that no calendar has, and checks the quotes of a source it cannot use", () => {
    const dated = file(ORG).replace("  language: id", "  language: id\n  publishedOn: 2021-02-29");
    const result = tryCompileSeed(
      { "d.yaml": dated.replace("(Kemenperin)", "(Kemenperinn)") },
      { "test.txt": TEXT },
    );
    expect(result.problems.map((p) => `${p.at}: ${p.message.split(";")[0]}`)).toEqual([
      "source.publishedOn (line 8): 2021-02-29 is not a calendar date: February 2021 has 28 days",
      'entities[0].evidence[0] (line 15): quote not found in the source text: "Kementerian Perindustrian (Kemenperinn)"',
    ]);
  });

  it("refuses a figure about an entity of a kind figures cannot measure", () => {
    expect(
      problemsIn(`entities:
  - kind: Person
    id: person:budi
    name: Budi
    evidence: ["Kemenperin juga hadir"]
  - kind: Indicator
    id: indicator:budi-count
    name: Budi count
    subject: person:budi
    metric: count
    value: 1
    unit: people
    basis: ACTUAL
    evidence: ["menjajaki kerja sama"]
`),
    ).toEqual([
      "entities[1].subject (line 16): MEASURES cannot have a Person (person:budi) at its 'to' end; expected Organization or Programme or Facility or Place or Agreement or Commodity or Event",
    ]);
  });

  it("keeps what is valid and says where each fact is declared", () => {
    const result = tryCompileSeed({ "k.yaml": file(ORG) }, { "test.txt": TEXT });
    expect(result.problems).toEqual([]);
    expect(result.placeOf("org:kemenperin")).toBe("entities[0] (line 9)");
    expect(result.placeOf("source:test-article")).toBe("source.id (line 2)");
  });
});

describe("compileSeed, lists that look split", () => {
  const topic = (aliases: string) =>
    file(`entities:
  - kind: Topic
    id: topic:investment
    name: Investasi
    aliases: ${aliases}
    evidence: ["menjajaki kerja sama"]
`);
  const warnings = (aliases: string) =>
    tryCompileSeed({ "w.yaml": topic(aliases) }, { "test.txt": TEXT }).warnings.map(
      (w) => `${w.at}: ${w.message}`,
    );

  it("warns when a comma inside a number split an alias", () => {
    expect(warnings("[Rp2,5 triliun, investasi]")).toEqual([
      'entities[0].aliases[0] (line 12): "Rp2,5 triliun" is read as 2 items ("Rp2", "5 triliun"): a [flow, list] splits at every comma; write the list as a block list (one "- item" per line) or quote the item',
    ]);
    expect(warnings("[investasi, 13,000 ton]")).toEqual([
      expect.stringMatching(
        /^entities\[0\]\.aliases\[1\] \(line 12\): "13,000 ton" is read as 2 items \(13, "000 ton"\)/,
      ),
    ]);
  });

  it("warns when a thousands group follows a number after a comma and a space", () => {
    // As in the seed once: "INALUM aluminium output 250,000 tonnes per year", reformatted as "250, 000".
    expect(warnings("[INALUM aluminium output 250, 000 tonnes per year]")).toEqual([
      expect.stringMatching(
        /^entities\[0\]\.aliases\[0\] \(line 12\): "INALUM aluminium output 250, 000 tonnes per year" is read as 2 items/,
      ),
    ]);
  });

  it("warns when a number and its magnitude follow a number after a comma and a space", () => {
    expect(warnings("[Rp2, 5 triliun]")).toEqual([
      expect.stringMatching(
        /^entities\[0\]\.aliases\[0\] \(line 12\): "Rp2, 5 triliun" is read as 2 items \("Rp2", "5 triliun"\)/,
      ),
    ]);
    expect(warnings("[naik 12, 5 persen]")).toHaveLength(1);
  });

  it("warns on a bare number in a flow list", () => {
    expect(warnings("[investasi, 2030]")).toEqual([
      expect.stringMatching(/^entities\[0\]\.aliases\[1\] \(line 12\): 2030 is read as a bare number/),
    ]);
  });

  it("does not warn on block lists, quoted items, or a digit after a comma and a space", () => {
    expect(warnings('\n      - Rp2,5 triliun\n      - "13,000"')).toEqual([]);
    expect(warnings('["Rp2,5 triliun", investasi]')).toEqual([]);
    expect(warnings("[Tahap 1, 2 smelter]")).toEqual([]);
  });

  it("carries the warnings with the problems of a file that fails", () => {
    const error = (() => {
      try {
        compileSeed({ "w.yaml": topic("[13,000]") }, { "test.txt": TEXT });
      } catch (e) {
        return e as SeedError;
      }
      throw new Error("compiled");
    })();
    expect(error.problems.map((p) => p.message)).toEqual([
      "Invalid input: expected string, received number",
      "Invalid input: expected string, received number",
    ]);
    expect(error.warnings).toHaveLength(1);
    expect(error.message).toMatch(/1 warning in the seed files:\n {2}w\.yaml: entities\[0\]\.aliases\[0\]/);
  });
});

describe("the project's seed files", () => {
  const seedDir = path.join(projectRoot, "seed");
  const graph = compileSeedDir(seedDir);

  it("compile without a problem", () => {
    expect(graph.sources).toHaveLength(5);
    expect(graph.entities.length).toBeGreaterThan(100);
  });

  it("have no list that looks split at a comma", () => {
    expect(graph.warnings).toEqual([]);
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
      expect(locateQuote(texts.get(e.sourceId) ?? "", e.quote)).toEqual(
        ok({ start: e.start, end: e.end, quote: e.quote }),
      );
    }
  });
});
