import { describe, expect, it } from "vitest";
import {
  observationContext,
  observationOf,
  observedFirst,
  textYear,
  withObservations,
} from "../../src/domain/observation.js";

describe("the observation date of a tie", () => {
  const dated = { publishedOn: "2024-09-28", text: "" };
  const undated = {
    text: "Untuk tahun 2023 jumlah anggaran CSR ... sesuai UU No. 3 Tahun 2025 dan tahun 2021.",
  };

  it("is stated, else the event's, else the earliest publication, else a year of the text", () => {
    expect(observationOf({ observedOn: "2021-07-26" }, [dated])).toEqual({
      observedOn: "2021-07-26",
      basis: "STATED",
      lastObservedOn: "2021-07-26",
    });
    expect(observationOf({ toEventDate: "2025-03-05" }, [dated])?.basis).toBe("EVENT");
    expect(observationOf({ fromEventDate: "2020", toEventDate: "2025-03-05" }, [])?.observedOn).toBe("2020");
    expect(observationOf({}, [undated, dated, { publishedOn: "2025-03-11", text: "" }])).toEqual({
      observedOn: "2024-09-28",
      basis: "SOURCE",
      lastObservedOn: "2025-03-11",
    });
    expect(observationOf({}, [undated])).toEqual({
      observedOn: "2023",
      basis: "TEXT_YEAR",
      lastObservedOn: "2023",
    });
    expect(observationOf({}, [{ text: "no year at all" }])).toBeUndefined();
  });

  it("reads the latest 'tahun <year>' of a text, not a regulation's number and year", () => {
    expect(textYear(undated.text)).toBe("2023");
    expect(textYear("Surat Edaran Nomor 3 Tahun 2021")).toBeUndefined();
    expect(textYear("pada Tahun 2019, lalu tahun 2022")).toBe("2022");
  });

  it("marks every tie of a compiled graph and keeps a basis already set", () => {
    const context = observationContext(
      [{ id: "event:e", kind: "Event", startDate: "2025-03-05" }],
      [{ id: "source:s", ...dated }],
    );
    const ties = withObservations(
      [
        { from: "org:a", to: "event:e", sourceIds: ["source:s"] },
        { from: "org:a", to: "org:b", sourceIds: ["source:s"] },
        { from: "org:a", to: "org:c", sourceIds: [] },
        { from: "org:a", to: "org:d", observedOn: "2020", observedOnBasis: "SOURCE" as const, sourceIds: [] },
      ],
      context,
    );
    expect(ties.map((t) => [t.observedOn, t.observedOnBasis])).toEqual([
      ["2025-03-05", "EVENT"],
      ["2024-09-28", "SOURCE"],
      [undefined, undefined],
      ["2020", "SOURCE"],
    ]);
  });

  it("orders quotes known by a date before later ones", () => {
    const quotes = [
      { id: "a", sourcePublishedOn: "2025-03-11" },
      { id: "b", sourcePublishedOn: null },
      { id: "c", sourcePublishedOn: "2021-07-26" },
    ];
    expect(observedFirst(quotes, "2021-12-31").map((q) => q.id)).toEqual(["c", "a", "b"]);
    expect(observedFirst(quotes, null).map((q) => q.id)).toEqual(["a", "b", "c"]);
  });
});
