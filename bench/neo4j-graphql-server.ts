/**
 * The peer: the Neo4j GraphQL Library (@neo4j/graphql) over the same Neo4j, with a schema equivalent to ours
 * for the queries it can express. Run as its own process by bench/run.ts: PORT, NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Organization @node(labels: ["Organization"]) {
    id: ID!
    name: String!
    aliases: [String!]
    type: String
    units: [Organization!]! @relationship(type: "UNIT_OF", direction: IN)
  }
  type Agreement @node(labels: ["Agreement"]) {
    id: ID!
    name: String!
    status: String
    parties: [Organization!]! @relationship(type: "PARTY_TO", direction: IN)
    covers: [Commodity!]! @relationship(type: "COVERS", direction: OUT)
  }
  type Commodity @node(labels: ["Commodity"]) {
    id: ID!
    name: String!
  }
`;

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7699",
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" },
});
console.log(`ready at ${url}`);
