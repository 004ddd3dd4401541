import fc from "fast-check";
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import type { GraphChanges } from "../../src/model/records.js";

/**
 * Fuzzed GraphQL requests for test/reliability/fuzz.test.ts, generated from the schema: operations pick root
 * fields, arguments of each argument's type, and selection sets over object and interface types with inline
 * and named fragments, to a depth that sometimes exceeds the server's limit; fragments spreading each other
 * many times over (fan-out) test the limits' measurements. Values are mostly plausible (ids, names
 * and quotes of the seed graph, enum values, small page sizes) and often hostile: injection strings, huge
 * numbers, odd unicode, very long strings, deep nesting; inline or as variables. A careless share of the
 * operations makes mistakes (unknown fields, wrong types, missing arguments), and invalid documents, garbage
 * text and malformed HTTP requests complete the mix, so that every kind of refusal is exercised too.
 */

// --- The pool of plausible values, and the requests ------------------------------------------------------

/** What the seed graph offers as plausible values. */
export interface FuzzPool {
  entityIds: string[];
  relationships: { id: string; type: string; from: string; to: string }[];
  sourceIds: string[];
  /** Verbatim quotes, each occurring once in its source. */
  quotes: { sourceId: string; quote: string }[];
  /** Entity names and aliases. */
  names: string[];
}

export function poolFromSeed(seed: GraphChanges): FuzzPool {
  return {
    entityIds: seed.entities.map((e) => e.id),
    relationships: seed.relationships.map(({ id, type, from, to }) => ({ id, type, from, to })),
    sourceIds: seed.sources.map((s) => s.id),
    quotes: seed.evidence.map(({ sourceId, quote }) => ({ sourceId, quote })),
    names: [...new Set(seed.entities.flatMap((e) => [e.name, ...e.aliases]))],
  };
}

/** How a request authenticates; the test turns these into Authorization headers. */
export type Credentials = "none" | "editor" | "unknown-token" | "malformed-header";

export interface FuzzRequest {
  /** What the request exercises: an operation over the schema, or one of the kinds of malformed request. */
  shape: "query" | "mutation" | "fan-out" | "invalid" | "garbage" | "http";
  method: "GET" | "POST" | "PUT";
  /** For GET: the query string, with its "?". */
  search: string;
  headers: Record<string, string>;
  body: string | undefined;
  credentials: Credentials;
}

// --- Values ---------------------------------------------------------------------------------------------

/** An enum value: bare in a document, its name in JSON. */
export class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

const RAW = "\u0000fuzz-raw:";

/** A token written as it is, in a document or a JSON body: numbers no JSON value gives (1e400, -0, NaN). */
export class RawToken {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `${RAW}${this.text}${RAW}`;
  }
}

/** A variable in a document: declared with `type`, sent with `value` (undefined: not sent). */
export class VariableRef {
  constructor(
    readonly type: string,
    readonly value: Value | undefined,
  ) {}
}

export type Value =
  | null
  | boolean
  | number
  | string
  | EnumValue
  | RawToken
  | VariableRef
  | Value[]
  | { [field: string]: Value };

/** JSON text of a request body, with raw tokens unquoted. */
export function jsonBody(body: unknown): string {
  const marker = JSON.stringify(RAW).slice(1, -1).replace(/[\\]/g, "\\\\");
  return JSON.stringify(body).replace(new RegExp(`"${marker}(.*?)${marker}"`, "g"), "$1");
}

const INJECTIONS = [
  "' OR 1=1 //",
  "' OR '1'='1",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "org:inalum'}) WITH 1 AS x MATCH (n) DETACH DELETE n //",
  "x` DETACH DELETE n //",
  "1; DROP TABLE entities; --",
  "$id",
  "{id: 'org:inalum'}",
  "\u0000",
  "org:inalum\u0000",
  "*:*",
  "name:(a OR b)~",
  "name:inalum^100 OR *",
  "[* TO *]",
  "/.*/",
  "a AND NOT b",
  "nikel~0.5 AND smelter*",
  "((((((((((",
  "\\",
  "\\\\",
  '\\"',
  "${7*7}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00%27%22",
  "\r\nSet-Cookie: x=1",
  "__proto__",
  "constructor",
  "CALL dbms.procedures() YIELD name RETURN name",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "org:inalum-[HOLDS_POSITION]->org:x",
  "-[",
  "source:",
  "#",
  "",
  " ",
  "\t\n",
];

const ODD_UNICODE = [
  "\u202Eevil\u202C",
  "\u200F\u200E\u061C",
  `e${"\u0301".repeat(40)}`,
  "👩‍👩‍👧‍👦",
  "🇮🇩🇨🇳",
  "\uD800",
  "\uDFFF",
  "a\uDBFFb",
  "\uFEFFKemenperin",
  "Kemen\u200Bperin",
  "\u200B\u200C\u200D",
  "\u2028\u2029",
  "İNALUM",
  "ß",
  "ﬁ",
  "\uFFFD\uFFFF",
  "𝔑𝔦𝔨𝔢𝔩",
  "نيكل",
  "镍 冶炼厂",
  "ニッケル",
  "١٢٣",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x10",
];

const LONG_UNITS = ["a", "nikel ", "🦀", "\u0301", "' OR 1=1 // ", "Kementerian Perindustrian ", "\\"];

/** Ints at the edges of what GraphQL's 32-bit Int and the API's ranges accept. */
const EDGE_INTS = [2 ** 31 - 1, -(2 ** 31), -1, 0, 101, 501, 1_000_000];

/** Floats at the edges of what JSON and GraphQL carry; 1e400 is Infinity once parsed. */
const EDGE_FLOATS: Value[] = [
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  new RawToken("-0"),
  new RawToken("1e400"),
  new RawToken("9007199254740993"),
];

/** Numbers no Int takes, and tokens that are not numbers at all in GraphQL or in JSON. */
const WRONG_NUMBERS: Value[] = [
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 1,
  1e308,
  1e21,
  0.5,
  new RawToken("1e400"),
  new RawToken("-1e400"),
  new RawToken("1e-400"),
  new RawToken("NaN"),
  new RawToken("Infinity"),
  new RawToken("0x1F"),
  new RawToken("+1"),
  new RawToken("00"),
];

const YAML_BOMB = [
  "a: &a ['x','x','x','x','x','x','x','x','x']",
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
].join("\n");

const HOSTILE_YAML = [
  YAML_BOMB,
  "source: *nowhere",
  "source: &s\n  id: source:fuzz-alias\nentities: [*s, *s]",
  "source: !!binary aGVsbG8=",
  "source: !custom {id: 1}",
  "<<: *base",
  "source:\n  id: source:x\n---\nsource: {}",
  "[".repeat(3000),
  `${"- ".repeat(2000)}x`,
  "{ source: { id: [1, {a: b}] } }",
  "? [a, b]\n: c",
  "a: 1\na: 2",
  "\t- tab",
  "%YAML 9.9\n---\na: 1",
  "%TAG ! tag:x,2000:\n---\n!foo a",
];

const VALID_DATES = [
  "2021-07-26",
  "2021",
  "2021-07",
  "2025-03-05",
  "2020-12-03",
  "1999-12-31",
  "0000",
  "9999-12",
];

/** Malformed for the Date scalar, except 2021-02-31, which its pattern lets through. */
const ODD_DATES = [
  "2021-13-01",
  "2021-02-31",
  "26/07/2021",
  "2021-7-26",
  "",
  "2021-07-26T00:00:00Z",
  "Rabu (5/3)",
];

type Weighted<T> = readonly [number, fc.Arbitrary<T>];

function weighted<T>(...options: Weighted<T>[]): fc.Arbitrary<T> {
  // fast-check takes integer weights; tenths are enough for the chances used here.
  return fc.oneof(...options.map(([weight, arbitrary]) => ({ weight: Math.round(weight * 10), arbitrary })));
}

/** True `percent` percent of the time. */
function chance(percent: number): fc.Arbitrary<boolean> {
  // Without bias: fast-check otherwise favours the small integers, which would make rare events common.
  return fc.noBias(fc.integer({ min: 0, max: 999 })).map((n) => n < percent * 10);
}

function pick<T>(items: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...items);
}

/** `arbitrary`'s value `percent` percent of the time, else null. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> {
  return weighted<T | null>([100 - percent, fc.constant(null)], [percent, arbitrary]);
}

/** `min` to `max` of `items` (fewer when there are fewer), in their order. */
function someOf<T>(items: readonly T[], max: number, min = 0): fc.Arbitrary<T[]> {
  const most = Math.min(max, items.length);
  return fc.subarray([...items], { minLength: Math.min(min, most), maxLength: most });
}

const longString = fc
  .tuple(pick(LONG_UNITS), fc.integer({ min: 200, max: 10_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const hostileString: fc.Arbitrary<string> = weighted(
  [5, pick(INJECTIONS)],
  [4, pick(ODD_UNICODE)],
  [2, longString],
  [2, fc.string({ unit: "binary", maxLength: 40 })],
  [1, fc.string({ unit: "grapheme", maxLength: 40 })],
  [1, fc.tuple(pick(INJECTIONS), pick(ODD_UNICODE)).map(([a, b]) => a + b)],
);

/** Wrong for any type: a value of another JSON type, a number out of range, a deeply nested structure. */
const wrongValue: fc.Arbitrary<Value> = weighted<Value>(
  [3, hostileString],
  [3, pick(WRONG_NUMBERS)],
  [1, fc.boolean()],
  [1, fc.constant(null)],
  // Own keys that name Object.prototype's members (a literal `__proto__:` would set the prototype instead).
  [1, fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as Value)],
  [1, fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Value>],
  [
    1,
    fc.integer({ min: 50, max: 2000 }).map((n) => JSON.parse(`${"[".repeat(n)}1${"]".repeat(n)}`) as Value),
  ],
);

// --- Documents ------------------------------------------------------------------------------------------

interface FieldPick {
  kind: "field";
  alias: string | null;
  name: string;
  args: (readonly [string, Value])[];
  directives: string[];
  selections: Selection[] | null;
}

interface FragmentPick {
  kind: "fragment";
  on: string | null;
  selections: Selection[];
  /** Written as a named fragment and spread (`...F0`), rather than inline; equal ones share one name. */
  named?: boolean;
}

type Selection = FieldPick | FragmentPick;

interface Operation {
  type: "query" | "mutation";
  name: string | null;
  selections: Selection[];
}

const field = (name: string, selections: Selection[] | null = null): FieldPick => ({
  kind: "field",
  alias: null,
  name,
  args: [],
  directives: [],
  selections,
});

/** Prints values and selections, declaring each variable and each named fragment met on the way. */
class DocumentWriter {
  readonly variables: Record<string, Value> = {};
  readonly declarations: string[] = [];
  /** Named fragments by their text, so that a fragment written twice is one fragment spread twice. */
  readonly fragments = new Map<string, string>();

  value(value: Value): string {
    if (value === null) return "null";
    if (typeof value === "string") return JSON.stringify(value);
    if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
    if (typeof value === "boolean") return String(value);
    if (value instanceof EnumValue) return value.name;
    if (value instanceof RawToken) return value.text;
    if (value instanceof VariableRef) {
      const name = `v${this.declarations.length}`;
      this.declarations.push(`$${name}: ${value.type}`);
      if (value.value !== undefined) this.variables[name] = value.value;
      return `$${name}`;
    }
    if (Array.isArray(value)) return `[${value.map((v) => this.value(v)).join(", ")}]`;
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${this.value(v)}`)
      .join(", ")}}`;
  }

  selections(selections: readonly Selection[]): string {
    return `{ ${selections.map((s) => this.selection(s)).join(" ")} }`;
  }

  private selection(s: Selection): string {
    if (s.kind === "fragment" && s.named && s.on) {
      const definition = `on ${s.on} ${this.selections(s.selections)}`;
      const name = this.fragments.get(definition) ?? `F${this.fragments.size}`;
      this.fragments.set(definition, name);
      return `...${name}`;
    }
    if (s.kind === "fragment") return `...${s.on ? ` on ${s.on}` : ""} ${this.selections(s.selections)}`;
    const args = s.args.length ? `(${s.args.map(([n, v]) => `${n}: ${this.value(v)}`).join(", ")})` : "";
    const directives = s.directives.map((d) => ` ${d}`).join("");
    const body = s.selections ? ` ${this.selections(s.selections)}` : "";
    return `${s.alias ? `${s.alias}: ` : ""}${s.name}${args}${directives}${body}`;
  }
}

function printOperation(op: Operation): { query: string; variables: Record<string, Value> } {
  const writer = new DocumentWriter();
  const body = writer.selections(op.selections);
  const declared = writer.declarations.length ? `(${writer.declarations.join(", ")})` : "";
  const shorthand = op.type === "query" && !op.name && !declared;
  const fragments = [...writer.fragments].map(([definition, name]) => `\nfragment ${name} ${definition}`);
  return {
    query:
      (shorthand ? body : `${op.type}${op.name ? ` ${op.name}` : ""}${declared} ${body}`) +
      fragments.join(""),
    variables: writer.variables,
  };
}

// --- Walking the schema ---------------------------------------------------------------------------------

/**
 * Percent chances of the mistakes a schema walk makes, per place each can occur (a field, an argument, a
 * value). An operation has many such places and one mistake refuses all of it, so they are small.
 */
interface Mistakes {
  /** An alias from a short list: two equal ones on different fields conflict. */
  alias: number;
  unknownField: number;
  /** An inline fragment on a type that cannot occur there, or does not exist. */
  impossibleFragment: number;
  /** Fragments on two possible types, or repeating the interface's fields, whose fields may conflict. */
  overlappingFragments: boolean;
  unknownArgument: number;
  missingArgument: number;
  /** A selection set on a leaf field, or none on an object field. */
  selectionMismatch: number;
  badDirective: number;
  /** A value of another type: another JSON type, an Int out of range, a wrong enum, a malformed Date. */
  wrongValue: number;
  wrongVariableType: number;
  unsentVariable: number;
  unknownInputField: number;
}

/** No mistakes: what such an operation gets refused for is its values (hostile ones included). */
const CAREFUL: Mistakes = {
  alias: 0,
  unknownField: 0,
  impossibleFragment: 0,
  overlappingFragments: false,
  unknownArgument: 0,
  missingArgument: 0,
  selectionMismatch: 0,
  badDirective: 0,
  wrongValue: 0,
  wrongVariableType: 0,
  unsentVariable: 0,
  unknownInputField: 0,
};

const CARELESS: Mistakes = {
  alias: 4,
  unknownField: 0.3,
  impossibleFragment: 0.3,
  overlappingFragments: true,
  unknownArgument: 0.3,
  missingArgument: 1.5,
  selectionMismatch: 0.2,
  badDirective: 0.3,
  wrongValue: 2,
  wrongVariableType: 2,
  unsentVariable: 1.5,
  unknownInputField: 1,
};

const UNKNOWN_FIELDS = ["password", "deleteEverything", "__proto__", "constructor", "entityy", "Name", "_id"];
const WRONG_VARIABLE_TYPES = [
  "String",
  "Int!",
  "[ID!]!",
  "Boolean",
  "EntityFilter",
  "NoSuchType",
  "Entity",
  "[[Date]]",
];
const ALIASES = ["a", "b", "x", "id", "name", "entity", "node"];

interface Limits {
  maxDepth: number;
  maxAliases: number;
}

type Place = "document" | "json";

/** Operations over the schema, making the given mistakes. */
class SchemaWalker {
  /** Arbitraries by what they generate: built once, since building them costs more than using them. */
  private readonly memo = new Map<string, fc.Arbitrary<unknown>>();
  /** How deep a selection under each composite type can nest (the schema's cycles make most unbounded). */
  private readonly reach = new Map<string, number>();
  private readonly freshSuffix = fc.nat({ max: 100_000 });
  private readonly entityIds: fc.Arbitrary<string>;
  private readonly ids: fc.Arbitrary<string>;
  private readonly names: fc.Arbitrary<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pool: FuzzPool,
    private readonly limits: Limits,
    private readonly mistakes: Mistakes,
  ) {
    this.computeReach();
    this.entityIds = weighted(
      [12, pick(pool.entityIds)],
      [
        2,
        fc
          .tuple(pick(["org", "person", "topic", "place"]), this.freshSuffix)
          .map(([k, n]) => `${k}:fuzz-${n}`),
      ],
      [1, pick(["org:INALUM", "org:inalum ", "org:", ":", "org:inalum\n", "ORG:inalum"])],
    );
    this.ids = weighted(
      [6, this.entityIds],
      [3, pick(pool.relationships.map((r) => r.id))],
      [2, pick(pool.sourceIds)],
    );
    this.names = weighted(
      [3, pick(pool.names)],
      [1, fc.tuple(fc.lorem({ maxCount: 3 }), this.freshSuffix).map(([w, n]) => `Fuzz ${w} ${n}`)],
    );
  }

  private memoized<T>(key: string, build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
    let arbitrary = this.memo.get(key) as fc.Arbitrary<T> | undefined;
    if (!arbitrary) {
      arbitrary = build();
      this.memo.set(key, arbitrary);
    }
    return arbitrary;
  }

  /** A printed operation and its variables. */
  printed(
    type: "query" | "mutation",
  ): fc.Arbitrary<{ query: string; variables: Record<string, Value>; name: string | null }> {
    return this.memoized(`printed/${type}`, () =>
      this.operation(type).map((op) => ({ ...printOperation(op), name: op.name })),
    );
  }

  /** Nesting budgets: mostly shallow, sometimes at the limit, sometimes beyond it. */
  private depth(): fc.Arbitrary<number> {
    const { maxDepth } = this.limits;
    return weighted(
      [55, fc.integer({ min: 2, max: 4 })],
      [20, fc.integer({ min: 5, max: 7 })],
      [10, fc.integer({ min: maxDepth - 1, max: maxDepth })],
      [15, fc.integer({ min: maxDepth + 1, max: maxDepth + 8 })],
    );
  }

  private operation(type: "query" | "mutation"): fc.Arbitrary<Operation> {
    const root = type === "query" ? this.schema.getQueryType() : this.schema.getMutationType();
    if (!root) throw new Error(`the schema has no ${type} type`);
    // Beyond a few levels, one field per level goes on down (see selectionSet), so that the limit is met.
    const normal = this.depth().chain((depth) => this.selectionSet(root, depth, depth > 7));
    // Around the limit of aliases: the same root field again and again, each with its own arguments.
    const aliased = fc
      .tuple(
        fc.integer({ min: this.limits.maxAliases - 2, max: this.limits.maxAliases + 10 }),
        pick(Object.values(root.getFields())),
      )
      .chain(([count, f]) => fc.array(this.field(root, f, 2, false), { minLength: count, maxLength: count }))
      .map((picks) => picks.map((p, i): Selection => ({ ...p, alias: `a${i}` })));
    const introspection = pick<Selection[]>([
      [field("__schema", [field("types", [field("name"), field("kind")])])],
      [{ ...field("__type", [field("name"), field("kind")]), args: [["name", "Entity"]] }],
    ]);
    return fc.record({
      type: fc.constant(type),
      name: sometimes(pick(["Fuzz", "Q", "op_1", "query"]), 30),
      selections: weighted<Selection[]>(
        [90, normal],
        [8, aliased],
        [type === "query" ? 2 : 0, introspection],
      ),
    });
  }

  private computeReach(): void {
    const types = Object.values(this.schema.getTypeMap()).filter(
      (t): t is GraphQLCompositeType => isCompositeType(t) && !t.name.startsWith("__"),
    );
    for (const t of types) this.reach.set(t.name, 1);
    for (let round = 0; round < 40; round++) {
      for (const t of types) {
        let best = 1;
        if (isObjectType(t) || isInterfaceType(t)) {
          for (const f of Object.values(t.getFields())) {
            const named = getNamedType(f.type);
            if (isCompositeType(named)) best = Math.max(best, 1 + (this.reach.get(named.name) ?? 1));
          }
        }
        if (isAbstractType(t)) {
          for (const p of this.schema.getPossibleTypes(t)) best = Math.max(best, this.reach.get(p.name) ?? 1);
        }
        this.reach.set(t.name, Math.min(best, 64));
      }
    }
  }

  /**
   * A selection set under `type` nesting at most `budget` fields deep. In `deep` mode one field (or
   * fragment) at each level goes on to the full budget, so that the limit is really reached; the others
   * stay shallow. `besides`: an interface whose fields the selection leaves out (in a careful fragment).
   */
  private selectionSet(
    type: GraphQLCompositeType,
    budget: number,
    deep: boolean,
    besides: GraphQLCompositeType | null = null,
  ): fc.Arbitrary<Selection[]> {
    return this.memoized(`selection/${type.name}/${budget}/${deep}/${besides?.name ?? ""}`, () =>
      this.buildSelectionSet(type, budget, deep, besides),
    );
  }

  private buildSelectionSet(
    type: GraphQLCompositeType,
    budget: number,
    deep: boolean,
    besides: GraphQLCompositeType | null,
  ): fc.Arbitrary<Selection[]> {
    const inherited =
      besides && (isInterfaceType(besides) || isObjectType(besides)) ? besides.getFields() : {};
    const fields = (
      isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []
    ).filter((f) => !(f.name in inherited));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const composites = budget > 1 ? fields.filter((f) => isCompositeType(getNamedType(f.type))) : [];
    const possible = isAbstractType(type) ? [...this.schema.getPossibleTypes(type)] : [];
    const reach = (name: string) => this.reach.get(name) ?? 1;
    const m = this.mistakes;
    const fragmentOn = (p: GraphQLCompositeType, b: number, d: boolean) =>
      fc
        .tuple(this.selectionSet(p, b, d, m.overlappingFragments ? null : type), chance(35))
        .map(([s, named]): Selection => ({ kind: "fragment", on: p.name, selections: s, named }));

    // Objects first: in deep mode one that can nest to the full budget, else up to two (none is fine when
    // there are leaves to pick instead).
    const spine = composites.filter((f) => reach(getNamedType(f.type).name) >= budget - 1);
    const deepFragments = possible.filter((p) => reach(p.name) >= budget);
    let objects: fc.Arbitrary<Selection[]>;
    if (deep && spine.length > 0) {
      objects = this.someFields(type, spine, 1, 1).chain(([f]) =>
        this.field(type, f!, budget - 1, true).map((s) => [s]),
      );
    } else if (deep && deepFragments.length > 0) {
      objects = pick(deepFragments).chain((p) => fragmentOn(p, budget, true).map((s) => [s]));
    } else {
      objects = this.someFields(type, composites, budget > 3 ? 1 : 2, leaves.length === 0 ? 1 : 0).chain(
        (fs) => fc.tuple(...fs.map((f) => this.field(type, f, budget - 1, false))),
      );
    }
    const withLeaves = objects.chain((picked) =>
      someOf(leaves, 4, picked.length === 0 ? 1 : 0).chain((fs) =>
        fc
          .tuple(...fs.map((f) => this.field(type, f, 1, false)))
          .map((ls): Selection[] => [...ls, ...picked]),
      ),
    );
    const fragments =
      possible.length > 0 && !deep
        ? someOf(possible, m.overlappingFragments ? 2 : 1).chain((ps) =>
            fc.tuple(...ps.map((p) => fragmentOn(p, Math.min(budget, 3), false))),
          )
        : fc.constant([]);
    const extras = fc
      .tuple(
        chance(15),
        chance(m.unknownField),
        chance(m.impossibleFragment),
        pick(UNKNOWN_FIELDS),
        pick(["NoSuchType", "Source", "String", "Query"]),
      )
      .map(([typename, unknown, impossible, name, on]) => [
        ...(typename ? [field("__typename")] : []),
        ...(unknown ? [field(name)] : []),
        ...(impossible ? [{ kind: "fragment" as const, on, selections: [field("id")] }] : []),
      ]);
    return fc.tuple(withLeaves, fragments, extras).map(([a, b, c]) => {
      const all: Selection[] = [...a, ...b, ...c];
      return all.length > 0 ? all : [field("__typename")];
    });
  }

  /**
   * `min` to `max` of the `fields` of `parent`. Of a root type's, fields with the same arguments and type
   * (the twelve entity lists) count together about as much as three others: each new combination of list
   * filters is a Cypher statement Neo4j plans afresh (100 ms and more), and twelve times the share would
   * make a run much slower without reaching more code.
   */
  private someFields(
    parent: GraphQLCompositeType,
    fields: readonly GraphQLField<unknown, unknown>[],
    max: number,
    min: number,
  ): fc.Arbitrary<GraphQLField<unknown, unknown>[]> {
    const isRoot = parent === this.schema.getQueryType() || parent === this.schema.getMutationType();
    if (!isRoot || fields.length === 0) return someOf(fields, max, min);
    const signature = (f: GraphQLField<unknown, unknown>) =>
      `${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(", ")} -> ${String(f.type)}`;
    const family = new Map<string, number>();
    for (const f of fields) family.set(signature(f), (family.get(signature(f)) ?? 0) + 1);
    const one = weighted(
      ...fields.map((f): Weighted<GraphQLField<unknown, unknown>> => [
        10 / Math.sqrt(family.get(signature(f)) ?? 1),
        fc.constant(f),
      ]),
    );
    return fc.uniqueArray(one, {
      minLength: Math.min(min, fields.length),
      maxLength: Math.min(max, fields.length),
      selector: (f) => f.name,
    });
  }

  /** One field: its arguments, sometimes an alias or a directive, and its selection set within `budget`. */
  private field(
    parent: GraphQLCompositeType,
    f: GraphQLField<unknown, unknown>,
    budget: number,
    deep: boolean,
  ): fc.Arbitrary<FieldPick> {
    return this.memoized(`field/${parent.name}.${f.name}/${budget}/${deep}`, () => {
      const named = getNamedType(f.type);
      const m = this.mistakes;
      const selections: fc.Arbitrary<Selection[] | null> = isCompositeType(named)
        ? this.selectionSet(named, budget, deep)
        : chance(m.selectionMismatch).map((wrong) => (wrong ? [field("id")] : null));
      return fc
        .record({
          args: this.arguments(f.args),
          alias: sometimes(pick(ALIASES), m.alias),
          directives: this.directives(),
          selections,
          dropSelections: chance(isCompositeType(named) ? m.selectionMismatch : 0),
        })
        .map(({ args, alias, directives, selections, dropSelections }) => ({
          kind: "field",
          alias,
          name: f.name,
          args,
          directives,
          selections: dropSelections ? null : selections,
        }));
    });
  }

  private directives(): fc.Arbitrary<string[]> {
    const bad = this.mistakes.badDirective;
    return weighted(
      [96 - bad, fc.constant([])],
      [4, fc.tuple(pick(["include", "skip"]), fc.boolean()).map(([d, b]) => [`@${d}(if: ${b})`])],
      [bad, pick([["@deprecated"], ["@include"], ["@foo"], ["@skip(if: 1)"], ['@include(if: "true")']])],
    );
  }

  private arguments(args: readonly GraphQLArgument[]): fc.Arbitrary<(readonly [string, Value])[]> {
    const m = this.mistakes;
    return fc
      .tuple(
        fc.tuple(
          ...args.map((a) => {
            const required = isNonNullType(a.type) && a.defaultValue === undefined;
            // Page sizes are given more often than other optional arguments, so that most lists stay short.
            const optional = a.name === "first" || a.name === "limit" ? 70 : 35;
            return chance(required ? 100 - m.missingArgument : optional).chain((include) =>
              include ? this.position(a.type, a.name).map((v) => [a.name, v] as const) : fc.constant(null),
            );
          }),
        ),
        sometimes(hostileString, m.unknownArgument),
      )
      .map(([given, unknown]) => [
        ...given.filter((a): a is readonly [string, Value] => a !== null),
        ...(unknown !== null ? [["nosucharg", unknown] as const] : []),
      ]);
  }

  // --- Values -------------------------------------------------------------------------------------------

  /** A value at an argument or input field of a document: inline, or as a variable. */
  private position(type: GraphQLInputType, hint: string): fc.Arbitrary<Value> {
    return this.memoized(`position/${String(type)}/${hint}`, () => {
      const m = this.mistakes;
      const variable = fc
        .record({
          declared: weighted(
            [100 - m.wrongVariableType, fc.constant(String(type))],
            [m.wrongVariableType, pick(WRONG_VARIABLE_TYPES)],
          ),
          value: weighted<Value | undefined>(
            [100 - m.unsentVariable - m.wrongValue, this.value(type, hint, "json")],
            [m.unsentVariable, fc.constant(undefined)],
            [m.wrongValue, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Value>],
          ),
        })
        .map(({ declared, value }): Value => new VariableRef(declared, value));
      return weighted([65, this.value(type, hint, "document")], [35, variable]);
    });
  }

  /** A value of `type` for the argument or input field named `hint`, now and then (if careless) a wrong one. */
  private value(type: GraphQLInputType, hint: string, place: Place): fc.Arbitrary<Value> {
    return this.memoized(`value/${String(type)}/${hint}/${place}`, () => {
      const right = isNonNullType(type)
        ? this.nonNull(type.ofType, hint, place)
        : weighted<Value>([90, this.nonNull(type, hint, place)], [10, fc.constant(null)]);
      const wrong = this.mistakes.wrongValue;
      return weighted([100 - wrong, right], [wrong, this.wrongFor(type, hint, place)]);
    });
  }

  /** A wrong value, some of them particular to the type. */
  private wrongFor(type: GraphQLInputType, hint: string, place: Place): fc.Arbitrary<Value> {
    const named = getNamedType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    let particular: fc.Arbitrary<Value> = wrongValue;
    if (isListType(inner)) {
      // A list in a list.
      particular = fc.array(this.value(inner.ofType, hint, place), { maxLength: 2 }).map((items) => [items]);
    } else if (isEnumType(named)) {
      const values = named.getValues().map((v) => v.name);
      // A string (right in JSON, wrong in a document), the wrong case, no such value.
      particular = weighted<Value>(
        [1, pick(values)],
        [1, pick(values).map((v) => new EnumValue(v.toLowerCase()))],
        [1, fc.constant(new EnumValue("NO_SUCH_VALUE"))],
      );
    } else if (named.name === "Date") particular = weighted<Value>([3, pick(ODD_DATES)], [1, fc.integer()]);
    else if (named.name === "Int") particular = pick(WRONG_NUMBERS);
    return weighted([1, wrongValue], [2, particular]);
  }

  private nonNull(type: GraphQLInputType, hint: string, place: Place): fc.Arbitrary<Value> {
    if (isNonNullType(type)) return this.nonNull(type.ofType, hint, place);
    if (isListType(type)) {
      const item = this.value(type.ofType, hint, place);
      // One item for a list: GraphQL coerces it.
      return weighted<Value>([92, fc.array(item, { maxLength: 4 })], [8, item]);
    }
    if (isInputObjectType(type)) return this.inputObject(type, place);
    if (isEnumType(type)) return pick(type.getValues().map((v) => new EnumValue(v.name)));
    if (isScalarType(type)) return this.scalar(type.name, hint);
    throw new Error(`unexpected input type ${String(type)}`);
  }

  private inputObject(type: GraphQLInputObjectType, place: Place): fc.Arbitrary<Value> {
    const m = this.mistakes;
    const fields = Object.values(type.getFields());
    const isRequired = (f: GraphQLInputField) => isNonNullType(f.type) && f.defaultValue === undefined;
    const entry = (f: GraphQLInputField) =>
      (place === "document"
        ? weighted([90, this.value(f.type, f.name, place)], [10, this.position(f.type, f.name)])
        : this.value(f.type, f.name, place)
      ).map((v) => [f.name, v] as const);
    const required = fc.tuple(
      ...fields
        .filter(isRequired)
        .map((f) =>
          chance(100 - m.missingArgument).chain((include) => (include ? entry(f) : fc.constant(null))),
        ),
    );
    // One optional field at most: each set of filters given is a Cypher statement of its own
    // (src/graph/lists.ts) that Neo4j plans afresh, for 100 ms and more, and the many combinations of several
    // would make a run slow. (coherentInput gives the mutations' inputs all the fields they need.)
    const optional = someOf(
      fields.filter((f) => !isRequired(f)),
      1,
    ).chain((fs) => fc.tuple(...fs.map(entry)));
    const generic = fc
      .tuple(required, optional, chance(m.unknownInputField))
      .map(([given, chosen, unknown]): Value => {
        const object: Record<string, Value> = Object.fromEntries(
          [...given, ...chosen].filter((f) => f !== null),
        );
        if (unknown) object.nosuchfield = 1;
        return object;
      });
    const coherent = this.coherentInput(type.name);
    return coherent ? weighted([50, coherent], [50, generic]) : generic;
  }

  /**
   * Inputs of the write mutations that fit together (an entity's fields for its kind, a quote from its
   * source), so that writes get past validation into the graph, not only into their refusals.
   */
  private coherentInput(name: string): fc.Arbitrary<Value> | null {
    const quotes = pick(this.pool.quotes);
    const evidence = fc.array(quotes, { minLength: 1, maxLength: 2 });
    switch (name) {
      case "EntityInput":
        return this.coherentEntity();
      case "RelationshipInput":
        // Another tie between the ends of a seed relationship (a new key), or the same one again.
        return fc
          .record({
            r: pick(this.pool.relationships),
            key: sometimes(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,4})?$/), 50),
            title: fc.lorem({ maxCount: 3 }),
            observedOn: sometimes(pick(VALID_DATES), 50),
            evidence,
          })
          .map(({ r, key, title, observedOn, evidence }): Value => ({
            type: new EnumValue(r.type),
            from: r.from,
            to: r.to,
            key,
            ...(r.type === "HOLDS_POSITION" ? { title } : {}),
            observedOn,
            evidence,
          }));
      case "AddEvidenceInput":
        return fc
          .tuple(weighted([3, this.entityIds], [1, pick(this.pool.relationships.map((r) => r.id))]), quotes)
          .map(([about, q]): Value => ({ about, ...q }));
      case "SourceInput":
        return fc
          .record({
            n: this.freshSuffix,
            title: fc.lorem({ maxCount: 6 }),
            text: fc.lorem({ mode: "sentences", maxCount: 5 }),
            publishedOn: sometimes(pick(["2025-01-02", "2021-07-26", "2021-02-30"]), 50),
            language: pick(["id", "en", "fr"]),
            url: sometimes(pick(["https://example.com/a", "javascript:alert(1)", "not a url"]), 50),
          })
          .map(({ n, ...rest }): Value => ({ id: `source:fuzz-${n}`, publisher: "Fuzz Wire", ...rest }));
      case "ImportInput":
        // A small article in the seed format, or hostile YAML.
        return fc
          .record({
            n: this.freshSuffix,
            name: this.names,
            hostile: chance(30),
            hostileYaml: weighted([3, pick(HOSTILE_YAML)], [1, hostileString]),
            dryRun: fc.boolean(),
          })
          .map(({ n, name, hostile, hostileYaml, dryRun }): Value => {
            const text = `Jakarta - ${name} hadir dalam acara ${n}. Acara itu dihadiri banyak pihak.`;
            const yaml = [
              "source:",
              `  id: source:fuzz-import-${n}`,
              `  textFile: fuzz-import-${n}.txt`,
              "  publisher: Fuzz Wire",
              `  title: Acara ${n}`,
              "  language: id",
              "entities:",
              "  - kind: Topic",
              `    id: topic:fuzz-import-${n}`,
              `    name: ${JSON.stringify(`${name} ${n}`)}`,
              "    evidence:",
              `      - ${JSON.stringify(`${name} hadir dalam acara ${n}`)}`,
            ].join("\n");
            return { yaml: hostile ? hostileYaml : yaml, text, dryRun };
          });
      default:
        return null;
    }
  }

  /**
   * An EntityInput with the fields its kind's object type declares besides the Entity interface's (a
   * Commodity's category, an Indicator's subject and value...); the other kinds' fields now and then.
   */
  private coherentEntity(): fc.Arbitrary<Value> {
    const input = this.schema.getType("EntityInput");
    const entity = this.schema.getType("Entity");
    if (!isInputObjectType(input) || !isInterfaceType(entity))
      throw new Error("EntityInput or Entity missing");
    const shared = entity.getFields();
    return pick(this.schema.getPossibleTypes(entity)).chain((kind) => {
      const own = kind.getFields();
      const fields = Object.values(input.getFields()).map((f) => {
        const objectField = own[f.name];
        const ownEnum = objectField ? getNamedType(objectField.type) : undefined;
        let value: fc.Arbitrary<Value>;
        if (f.name === "id") value = this.freshSuffix.map((n) => `${kind.name.toLowerCase()}:fuzz-${n}`);
        else if (f.name === "kind") value = fc.constant(new EnumValue(kind.name));
        else if (f.name === "name") value = this.names;
        else if (f.name === "evidence")
          value = fc.array(pick(this.pool.quotes), { minLength: 1, maxLength: 2 });
        // `type` is a String in the input and an enum on the kind's type (OrganizationType, PlaceType, ...).
        else if (isEnumType(ownEnum) && !isEnumType(getNamedType(f.type)))
          value = pick(ownEnum.getValues().map((v) => v.name));
        else value = this.value(f.type, f.name === "subject" ? "relatedTo" : f.name, "json");
        const wanted = ["id", "kind", "name", "evidence"].includes(f.name)
          ? 100
          : f.name in shared
            ? 30
            : objectField
              ? isNonNullType(objectField.type)
                ? 100
                : 50
              : 3;
        return chance(wanted).chain((include) =>
          include ? value.map((v) => [f.name, v] as const) : fc.constant(null),
        );
      });
      return fc.tuple(...fields).map((pairs): Value => Object.fromEntries(pairs.filter((p) => p !== null)));
    });
  }

  /** A scalar value, plausible for the argument or field it is for (its `hint`) or hostile. */
  private scalar(type: string, hint: string): fc.Arbitrary<Value> {
    switch (type) {
      case "Int":
        return weighted<Value>([85, this.plausibleInt(hint)], [15, pick(EDGE_INTS)]);
      case "Float":
        return weighted<Value>(
          [80, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })],
          [10, fc.integer()],
          [10, pick(EDGE_FLOATS)],
        );
      case "Boolean":
        return fc.boolean();
      case "Date":
        return weighted<Value>(
          [4, pick(VALID_DATES)],
          [
            1,
            fc
              .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
              .map((d) => d.toISOString().slice(0, 10)),
          ],
        );
      default:
        return weighted<Value>(
          [70, this.plausibleString(hint)],
          [27, hostileString],
          [type === "ID" ? 3 : 0, fc.integer({ min: 0, max: 1000 })],
        );
    }
  }

  private plausibleInt(hint: string): fc.Arbitrary<number> {
    switch (hint) {
      case "first":
        return weighted([80, fc.integer({ min: 0, max: 5 })], [20, pick([-1, 10, 20, 50, 100, 101])]);
      case "hops":
        return fc.integer({ min: -1, max: 4 });
      case "maxHops":
        // A few of the lengths allowed, since Neo4j takes seconds to plan the path query for each.
        return weighted([85, pick([1, 2, 4, 6])], [15, pick([-1, 0, 7])]);
      case "limit":
        return weighted([80, fc.integer({ min: 1, max: 10 })], [20, pick([0, -1, 100, 500, 501])]);
      case "startYear":
      case "endYear":
      case "year":
        return fc.integer({ min: 1900, max: 2100 });
      default:
        return fc.integer({ min: -10, max: 100 });
    }
  }

  private plausibleString(hint: string): fc.Arbitrary<string> {
    switch (hint) {
      case "id":
      case "about":
        return this.ids;
      case "survivor":
      case "duplicate":
      case "from":
      case "to":
      case "subject":
      case "relatedTo":
      case "commodity":
      case "party":
      case "distinctFrom":
        return this.entityIds;
      case "sourceId":
        return pick(this.pool.sourceIds);
      case "quote":
        return pick(this.pool.quotes.map((q) => q.quote));
      case "query": {
        const words = this.pool.names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2);
        const terms = pick([...words, "nikel", "nickel", "smelter", "aluminium", "dan", "the"]);
        return weighted(
          [3, fc.array(terms, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "))],
          [1, this.names],
        );
      }
      case "nameContains":
        return this.names.chain((n) =>
          fc.tuple(fc.nat({ max: n.length }), fc.nat({ max: 8 })).map(([at, len]) => n.slice(at, at + len)),
        );
      case "country":
        return pick(["ID", "CN", "AT", "id", "XX", "IDN"]);
      case "type":
        return pick(["MINISTRY", "DIRECTORATE_GENERAL", "SMELTER", "PROVINCE", "COMPANY", "MINISTERY"]);
      case "language":
        return pick(["id", "en", "fr"]);
      case "url":
        return pick(["https://example.com/a", "javascript:alert(1)", "not a url"]);
      case "key":
        return fc.stringMatching(/^[a-z0-9-]{1,10}$/);
      case "after":
        return weighted(
          [3, fc.nat({ max: 200 }).map((n) => Buffer.from(`offset:${n}`).toString("base64url"))],
          [1, pick(["offset:1", "b2Zmc2V0Oi0x", "b2Zmc2V0Ojk5OTk5OTk5OTk5OTk", "", "=="])],
        );
      case "actor":
        return pick(["fuzz-editor", "cli:root", "nobody"]);
      case "action":
        return pick(["upsertEntity", "addSource", "removeRelationship"]);
      case "metric":
        return pick(["aluminium_production", "export_value", "capacity"]);
      case "yaml":
        return weighted([1, pick(HOSTILE_YAML)], [1, fc.constant("source:\n  id: source:fuzz\n")]);
      default:
        return weighted([2, this.names], [1, fc.lorem({ maxCount: 8 })]);
    }
  }
}

// --- Requests -------------------------------------------------------------------------------------------

function post(shape: FuzzRequest["shape"], body: string, credentials: Credentials): FuzzRequest {
  return {
    shape,
    method: "POST",
    search: "",
    headers: { "content-type": "application/json" },
    body,
    credentials,
  };
}

function operationRequest(walker: SchemaWalker, type: "query" | "mutation"): fc.Arbitrary<FuzzRequest> {
  const otherwise = pick(["unknown-token", "malformed-header"] as const);
  // Mutations go with the editor's key half of the time; without one they must be refused with a code.
  const credentials: fc.Arbitrary<Credentials> =
    type === "mutation"
      ? weighted([50, fc.constant("editor")], [40, fc.constant("none")], [10, otherwise])
      : weighted([85, fc.constant("none")], [10, fc.constant("editor")], [5, otherwise]);
  return fc
    .record({ op: walker.printed(type), credentials, named: chance(10) })
    .map(({ op: { query, variables, name }, credentials, named }) =>
      post(
        type,
        jsonBody({ query, variables, operationName: named && name ? name : undefined }),
        credentials,
      ),
    );
}

/** Where a fan-out of fragments is spread, and what its first fragment holds. */
const FAN_OUT_PLACES = [
  {
    on: "Query",
    around: (spreads: string) => `{ ${spreads} }`,
    leaves: ["__typename", "stats { entities }", "about { version } a: stats { relationships }"],
  },
  {
    on: "Entity",
    around: (spreads: string) => `{ entities(first: 3) { edges { node { ${spreads} } } } }`,
    leaves: ["id", "name evidence { quote }", "... on Organization { parent { id name } }"],
  },
  {
    on: "Organization",
    around: (spreads: string) => `{ entity(id: "org:kemenperin") { ${spreads} } }`,
    leaves: ["units { id }", "parent { id }", "positions { person { name } }"],
  },
];

/**
 * Fragments spreading each other (issue 12 §1): `levels` of them, each spreading the one before `width`
 * times (sometimes inside inline fragments), so that a document of a few hundred bytes holds up to 12^9
 * selections once spread out. The small ones are answered, the large ones refused with QUERY_TOO_COMPLEX;
 * a server that walked every spread would stop answering.
 */
function fanOutRequest(): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      place: pick(FAN_OUT_PLACES),
      levels: fc.integer({ min: 1, max: 9 }),
      width: fc.integer({ min: 1, max: 12 }),
      leaf: fc.nat(),
      inline: chance(30),
    })
    .map(({ place, levels, width, leaf, inline }) => {
      const spread = (level: number) => (inline ? `... on ${place.on} { ...L${level} }` : `...L${level}`);
      let query = `${place.around(spread(levels))}\nfragment L0 on ${place.on} { ${place.leaves[leaf % place.leaves.length]!} }`;
      for (let i = 1; i <= levels; i++) {
        const spreads = Array.from({ length: width }, () => spread(i - 1)).join(" ");
        query += `\nfragment L${i} on ${place.on} { ${spreads} }`;
      }
      return post("fan-out", jsonBody({ query }), "none");
    });
}

/** Hand-written documents that are wrong in ways a schema walk does not produce. */
function invalidRequest(maxDepth: number): fc.Arbitrary<FuzzRequest> {
  const nested = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Organization { parent { ${i + 1 < n ? `...F${i + 1}` : "id"} } }`,
    ).join("\n");
  const documents: { query: string; variables?: unknown; operationName?: unknown }[] = [
    { query: "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }" },
    { query: "{ ...Missing }" },
    { query: 'subscription { entity(id: "org:inalum") { id } }' },
    { query: "query A { __typename } query A { __typename }" },
    { query: "{ __typename } query B { __typename }" },
    { query: "query A { __typename } query B { __typename }" },
    { query: "query A { __typename } query B { __typename }", operationName: "C" },
    { query: "query A { __typename }", operationName: ["A"] },
    { query: '{ entity(id: "org:inalum") }' },
    { query: "{ about { version { x } } }" },
    { query: "query ($x: Int) { __typename }" },
    { query: "{ entity(id: $nope) { id } }" },
    { query: "query ($x: EntityFilter!) { entities(filter: $x) { totalCount } }" },
    { query: 'query ($x: ID! = "org:inalum") { entity(id: $x) { id } }', variables: { x: null } },
    { query: '{ entity(id: "a", id: "b") { id } }' },
    { query: "mutation { __typename }" },
    { query: "mutation { upsertEntity }" },
    { query: "{ __schema { queryType { name } types { name kind fields { name } } } }" },
    { query: '{ __type(name: "Entity") { name possibleTypes { name } } }' },
    { query: "fragment F on String { x } { ...F }" },
    // Nesting through fragment spreads, beyond the limit and within it.
    { query: `${nested(maxDepth + 4)}\n{ entity(id: "org:ilmate") { ...F0 } }` },
    { query: `${nested(maxDepth - 2)}\n{ entity(id: "org:ilmate") { ...F0 } }` },
    { query: "query @skip(if: true) { __typename }" },
    { query: "{ __typename @include }" },
    { query: "{ __typename @deprecated }" },
    { query: `{ ${"a".repeat(10_000)} }` },
    { query: "{ entities(first: 99999999999999999999999) { totalCount } }" },
    { query: '{ node(id: "org:inalum") { ... on Source { text } ... on Entity { name } } }' },
    { query: '{ entity(id: "org:inalum") { ... on Source { text } } }' },
    { query: "{ search(query: 1) { totalCount } }" },
    { query: '{ search(query: "\\uD800") { totalCount } }' },
    { query: '{ search(query: "\\u{110000}") { totalCount } }' },
    { query: '{ search(query: """block\\"""string""") { totalCount } }' },
    { query: "{ __typename }", variables: { x: "y" }, operationName: null },
  ];
  return pick(documents).map((body) => post("invalid", jsonBody(body), "none"));
}

/** Documents damaged by hand or at random: spliced, replaced by noise, nested thousands deep. */
function garbageRequest(walker: SchemaWalker): fc.Arbitrary<FuzzRequest> {
  const spliced = fc
    .tuple(
      walker.printed("query"),
      fc.nat(),
      fc.nat({ max: 20 }),
      fc.string({ unit: "binary", maxLength: 5 }),
    )
    .map(([{ query, variables }, at, drop, insert]) => {
      const i = at % (query.length + 1);
      return { query: query.slice(0, i) + insert + query.slice(i + drop), variables };
    });
  const tokens = pick([
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ":",
    "$",
    "!",
    "@",
    "...",
    '"',
    "#",
    ",",
    "=",
    "|",
    " ",
    "\n",
  ]);
  const words = pick(["query", "mutation", "fragment", "on", "entity", "id", "1", "-1.5e9"]);
  const soup = fc
    .array(weighted([3, tokens], [1, words]), { maxLength: 60 })
    .map((t) => ({ query: t.join("") }));
  const noise = fc.string({ unit: "binary", maxLength: 200 }).map((query) => ({ query }));
  const deep = fc
    .tuple(fc.integer({ min: 10, max: 20_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, form]) => {
      const wrap = (open: string, inner: string, close: string) => open.repeat(n) + inner + close.repeat(n);
      const forms = [
        wrap("{ ", "__typename", " }"),
        `{ entity(id: "org:ilmate") ${wrap("{ ... on Organization { parent ", "{ id }", " } }")} }`,
        `{ search(query: ${wrap("[", '"nikel"', "]")}) { totalCount } }`,
        `{ entities(filter: ${wrap("{kinds: ", "[Person]", "}")}) { totalCount } }`,
        `{ entities${wrap("(", "", ")")} { totalCount } }`,
      ];
      return { query: forms[form]! };
    });
  const tooManyTokens = fc
    .integer({ min: 4000, max: 9000 })
    .map((n) => ({ query: `{ ${"__typename ".repeat(n)}}` }));
  return weighted<{ query: string; variables?: unknown }>(
    [4, spliced],
    [2, soup],
    [2, noise],
    [2, deep],
    [1, tooManyTokens],
  ).map((body) => post("garbage", jsonBody(body), "none"));
}

/** Requests wrong at the HTTP level: methods, content types, bodies that are not a GraphQL request. */
function httpOddity(walker: SchemaWalker): fc.Arbitrary<FuzzRequest> {
  const json = { "content-type": "application/json" };
  const raw = (body: string, headers: Record<string, string> = json): FuzzRequest => ({
    shape: "http",
    method: "POST",
    search: "",
    headers,
    body,
    credentials: "none",
  });
  // GET, with and without the header CSRF prevention asks for; mutations are refused over GET.
  const get = fc
    .tuple(weighted([4, walker.printed("query")], [1, walker.printed("mutation")]), chance(50))
    .map(([{ query, variables }, preflight]): FuzzRequest => {
      const params = new URLSearchParams({ query, variables: jsonBody(variables) });
      return {
        shape: "http",
        method: "GET",
        search: `?${params.toString()}`,
        headers: preflight ? { "apollo-require-preflight": "true" } : {},
        body: undefined,
        credentials: "none",
      };
    });
  const deepJson = fc
    .integer({ min: 100, max: 30_000 })
    .map((n) => raw(`{"query":"{ __typename }","variables":{"x":${"[".repeat(n)}${"]".repeat(n)}}}`));
  const fixed = pick<FuzzRequest>([
    raw('{"query": "{ __typename }"'),
    raw("null"),
    raw('"{ __typename }"'),
    raw("[]"),
    raw('[{"query":"{ __typename }"},{"query":"{ about { version } }"}]'),
    raw("{}"),
    raw('{"query": 1}'),
    raw('{"query": "{ __typename }", "variables": "x"}'),
    raw('{"query": "{ __typename }", "variables": [1]}'),
    raw('{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}'),
    raw('{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 2, "sha256Hash": "abc"}}}'),
    raw('{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}'),
    raw('{"query": "{ __typename }", "operationName": 5}'),
    raw('{"query": "{ __typename }", "variables": {"__proto__": {"polluted": true}}}'),
    raw(`{"query": "{ __typename }", "pad": "${"x".repeat(120_000)}"}`),
    raw('{"query": "{ __typename }"}', { "content-type": "text/plain" }),
    raw('{"query": "{ __typename }"}', { "content-type": "application/graphql" }),
    raw('{"query": "{ __typename }"}', { "content-type": "application/json; charset=latin1" }),
    raw('{"query": "{ __typename }"}', { "content-type": "application/json", "content-encoding": "gzip" }),
    raw('{"query": "{ __typename }"}', {}),
    { ...raw('{"query": "{ __typename }"}'), method: "PUT" },
    { ...raw('{"query": "{ __typename }"}'), credentials: "malformed-header" },
  ]);
  return weighted([6, fixed], [3, get], [1, deepJson]);
}

/**
 * Every kind of request, weighted: mostly operations over the schema (a careful walk, whose operations are
 * refused only for their values, and a careless one; both write some fragments as named fragments and
 * spreads), then fan-outs of fragments, invalid documents, garbage and malformed HTTP.
 */
export function fuzzRequests(
  schema: GraphQLSchema,
  pool: FuzzPool,
  limits: Limits,
): fc.Arbitrary<FuzzRequest> {
  const careful = new SchemaWalker(schema, pool, limits, CAREFUL);
  const careless = new SchemaWalker(schema, pool, limits, CARELESS);
  return weighted(
    [42, operationRequest(careful, "query")],
    [3, fanOutRequest()],
    [25, operationRequest(careless, "query")],
    [11, operationRequest(careful, "mutation")],
    [7, operationRequest(careless, "mutation")],
    [4, invalidRequest(limits.maxDepth)],
    [4, garbageRequest(careless)],
    [4, httpOddity(careful)],
  );
}
