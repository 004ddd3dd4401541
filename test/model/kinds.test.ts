import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../../src/model/kinds.js";
import { ENTITY_ORDERS } from "../../src/graph/lists.js";
import { DIRECTIONS } from "../../src/graph/relationships.js";
import { resolvers } from "../../src/resolvers/index.js";
import { loadTypeDefs } from "../../src/schema.js";
import { entitySchema } from "../../src/model/format.js";
import { RELATIONSHIP_TYPES } from "../../src/model/relationships.js";
import { STANCES } from "../../src/model/statements.js";

/** One name for one thing: the kinds and relationship types agree across SDL, seed format and code. */
describe("kinds and relationship types", () => {
  const schema = buildSchema(loadTypeDefs());
  const enumValues = (name: string) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    return type.getValues().map((v) => v.name);
  };

  it("are the same in the SDL, the seed format and ENTITY_KINDS", () => {
    expect(enumValues("EntityKind")).toEqual([...ENTITY_KINDS]);
    expect(entitySchema.options.map((o) => o.shape.kind.value)).toEqual([...ENTITY_KINDS]);
    for (const kind of ENTITY_KINDS) expect(schema.getType(kind), kind).toBeDefined();
  });

  it("every kind has the shared entity field resolvers", () => {
    for (const kind of ENTITY_KINDS) {
      const fields = (resolvers as Record<string, Record<string, unknown> | undefined>)[kind];
      expect(fields?.evidence, kind).toBeTypeOf("function");
      expect(fields?.relationships, kind).toBeTypeOf("function");
    }
  });

  it("relationship types are the same in the SDL and the seed format", () => {
    expect(enumValues("RelationshipType")).toEqual([...RELATIONSHIP_TYPES]);
  });

  it("statement stances are the same in the SDL and the seed format", () => {
    expect(enumValues("Stance")).toEqual([...STANCES]);
  });

  it("the orders and directions the graph layer takes are the SDL's", () => {
    expect(enumValues("EntityOrder")).toEqual([...ENTITY_ORDERS]);
    expect(enumValues("Direction")).toEqual([...DIRECTIONS]);
  });
});
