import { generate } from "@graphql-codegen/cli";
import {
  buildASTSchema,
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  type IntrospectionOptions,
  visit,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/limits.js";
import { loadTypeDefs } from "../src/schema.js";
import { startHttpServer, type RunningServer } from "../src/http.js";
import { schemaTimes } from "./support/amplifying-documents.js";
import { connectTestGraph } from "./support/graph.js";
import { postGraphQL } from "./support/http.js";

const info = () => ({ neo4jVersion: "5.26", neo4jEdition: "community" });

const EVERY_OPTION: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  inputValueDeprecation: true,
  schemaDescription: true,
  directiveIsRepeatable: true,
};

/**
 * A schema's types, fields and arguments, sorted, without descriptions (a client may leave them out; and
 * the Date scalar's description comes from its resolver, not the SDL).
 */
const shape = (sdl: string) =>
  printSchema(
    lexicographicSortSchema(
      buildASTSchema(
        visit(parse(sdl), {
          enter: (node) =>
            "description" in node && node.description ? { ...node, description: undefined } : undefined,
        }),
      ),
    ),
  );

/** Introspection over HTTP (issue 13 §1): what GraphiQL and codegen send is answered, abuse is refused. */
describe("introspection over HTTP", () => {
  const graph = connectTestGraph();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startHttpServer(graph, info, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it("answers graphql-js's standard introspection query, with and without its options, with the schema", async () => {
    for (const options of [{}, { descriptions: false }, EVERY_OPTION]) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: getIntrospectionQuery(options) }),
      });
      const text = await response.text();
      const { data, errors } = JSON.parse(text) as { data?: IntrospectionQuery; errors?: unknown };
      expect(errors).toBeUndefined();
      expect(response.status).toBe(200);
      console.log(`introspection ${JSON.stringify(options)}: ${Buffer.byteLength(text)} bytes`);
      // The answer is the whole schema: a client rebuilds it.
      expect(shape(printSchema(buildClientSchema(data!)))).toBe(shape(loadTypeDefs()));
    }
  });

  it("serves graphql-codegen pointed at the live URL", async () => {
    const [output] = (await generate(
      { schema: server.url, generates: { "schema.graphql": { plugins: ["schema-ast"] } }, silent: true },
      false,
    )) as { content: string }[];
    expect(shape(output!.content)).toBe(shape(loadTypeDefs()));
  });

  it("refuses introspection that asks for the schema three times, nests ofType without end, or lists too deep", async () => {
    const codeAndMessage = async (query: string) => {
      const { status, body } = await postGraphQL(server.url, query);
      return { status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
    };
    expect((await postGraphQL(server.url, schemaTimes(2))).body.errors).toBeUndefined();
    expect(await codeAndMessage(schemaTimes(3))).toEqual({
      status: 400,
      code: "QUERY_TOO_COMPLEX",
      message: expect.stringMatching(
        `^the operation's introspection could return about \\d+ objects; at most ${LIMITS.introspection.maxCost} are allowed`,
      ),
    });
    const ofTypes = `{ __type(name: "Entity") { ${"ofType { ".repeat(40)}name${" }".repeat(40)} } }`;
    expect(await codeAndMessage(ofTypes)).toEqual({
      status: 400,
      code: "QUERY_TOO_COMPLEX",
      message: `the operation's introspection is nested 42 deep; at most ${LIMITS.introspection.maxDepth} is allowed`,
    });
    // graphql-js's own MaxIntrospectionDepthRule: fields of types of fields of types of fields.
    expect(
      await codeAndMessage(
        "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
      ),
    ).toEqual({
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
      message: "Maximum introspection depth exceeded",
    });
  });
});
