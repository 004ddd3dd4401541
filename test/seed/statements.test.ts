import { describe, expect, it } from "vitest";
import { tryCompileSeed } from "../../src/seed/compile.js";

/** The `statements:` list of a seed file: who said what, about what, when, where. */

const TEXT =
  'Kementerian Perindustrian (Kemenperin) hadir di Jakarta. Setia Diarta hadir. "Hilirisasi nikel harus mencakup daur ulang baterai," kata Setia Diarta. Nikel disebut.';

const file = (statements: string, publishedOn = "  publishedOn: 2025-03-11\n") => `source:
  id: source:test-article
  textFile: test.txt
  publisher: Test
  title: A test article
${publishedOn}  language: id
entities:
  - kind: Organization
    id: org:kemenperin
    name: Kementerian Perindustrian
    type: MINISTRY
    evidence: ["Kementerian Perindustrian (Kemenperin)"]
  - kind: Person
    id: person:setia-diarta
    name: Setia Diarta
    evidence: ["Setia Diarta hadir"]
  - kind: Commodity
    id: commodity:nickel
    name: Nickel
    category: METAL
    evidence: ["Nikel disebut"]
  - kind: Place
    id: place:jakarta
    name: Jakarta
    type: CITY
    evidence: ["hadir di Jakarta"]
statements:
${statements}`;

const SETIA = `  - id: statement:setia-nickel
    speaker: person:setia-diarta
    paraphrase: Nickel downstreaming must include battery recycling.
    quote: "Hilirisasi nikel harus mencakup daur ulang baterai"
    about: [commodity:nickel]
    place: place:jakarta
    stance: URGES
`;

const compile = (yaml: string, options: { external?: boolean } = {}) =>
  tryCompileSeed({ "a.yaml": yaml }, { "test.txt": TEXT }, options);

describe("statements in a seed file", () => {
  it("compile to a statement with its quote as evidence at its offsets", () => {
    const graph = compile(file(SETIA));
    expect(graph.problems).toEqual([]);
    expect(graph.statements).toEqual([
      {
        id: "statement:setia-nickel",
        speaker: "person:setia-diarta",
        paraphrase: "Nickel downstreaming must include battery recycling.",
        about: ["commodity:nickel"],
        place: "place:jakarta",
        stance: "URGES",
        date: "2025-03-11",
        dateDerived: true,
        sourceId: "source:test-article",
      },
    ]);
    const [quote] = graph.evidence.filter((e) => e.about === "statement:setia-nickel");
    expect(quote).toBeDefined();
    expect(TEXT.slice(quote!.start, quote!.end)).toBe("Hilirisasi nikel harus mencakup daur ulang baterai");
  });

  it("keep a stated date as stated", () => {
    const graph = compile(file(`${SETIA}    date: 2025-03-10\n`));
    expect(graph.problems).toEqual([]);
    expect(graph.statements[0]).toMatchObject({ date: "2025-03-10", dateDerived: false });
  });

  it("have no date when nothing dates them", () => {
    const graph = compile(file(SETIA, ""));
    expect(graph.problems).toEqual([]);
    expect(graph.statements[0]?.date).toBeUndefined();
    expect(graph.statements[0]?.dateDerived).toBe(false);
  });

  it("refuse an unknown speaker, a speaker that is not a person or organization, and a quote not in the text, naming the field and line", () => {
    const graph = compile(
      file(`  - id: statement:one
    speaker: person:nobody
    paraphrase: Somebody said something.
    quote: "Hilirisasi nikel harus mencakup daur ulang baterai"
  - id: statement:two
    speaker: commodity:nickel
    paraphrase: Nickel said something.
    quote: "kata Setia Diarta"
    about: [place:nowhere]
  - id: statement:three
    speaker: org:kemenperin
    paraphrase: The ministry said what it did not say.
    quote: "Kemenperin menolak hilirisasi"
    stance: SHOUTS
`),
    );
    expect(graph.problems.map((p) => `${p.at}: ${p.message}`)).toEqual([
      "statements[0].speaker (line 30): unknown entity person:nobody",
      "statements[1].speaker (line 34): a statement's speaker cannot be a Commodity (commodity:nickel); expected Person or Organization",
      "statements[1].about[0] (line 37): unknown entity place:nowhere",
      expect.stringMatching(
        /^statements\[2\]\.quote \(line 41\): quote not found in the source text: "Kemenperin menolak hilirisasi"/,
      ),
      expect.stringMatching(/^statements\[2\]\.stance \(line 42\): Invalid option/),
    ]);
  });

  it("refuse a statement id declared twice and a malformed id", () => {
    const graph = compile(
      file(`${SETIA}${SETIA}  - id: setia
    speaker: person:setia-diarta
    paraphrase: Nickel downstreaming must include battery recycling.
    quote: "kata Setia Diarta"
`),
    );
    expect(graph.problems.map((p) => `${p.at}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^statements\[1\]\.id \(line \d+\): statement id statement:setia-nickel is declared elsewhere/,
      ),
      expect.stringMatching(/^statements\[2\]\.id \(line \d+\): expected an id like 'statement:/),
    ]);
  });

  it("leave references to entities not in the file to an import, with the kinds they allow", () => {
    const graph = compile(
      file(`  - id: statement:ext
    speaker: person:eko-cahyanto
    paraphrase: Downstreaming must be sustainable.
    quote: "kata Setia Diarta"
    about: [topic:sustainability]
`),
      { external: true },
    );
    expect(graph.problems).toEqual([]);
    expect(graph.external.filter((r) => r.at.startsWith("statements"))).toEqual([
      expect.objectContaining({ id: "person:eko-cahyanto", kinds: ["Person", "Organization"] }),
      expect.objectContaining({ id: "topic:sustainability", kinds: expect.arrayContaining(["Topic"]) }),
    ]);
  });
});
