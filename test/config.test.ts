import { describe, expect, it } from "vitest";
import { ConfigError, connectionEnv, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("defaults to a local Neo4j and port 4000", () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: "127.0.0.1", port: 4000, introspection: true });
    expect(loadConfig({ INTROSPECTION: "false" }).http.introspection).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: "no" })).toThrow(/INTROSPECTION/);
    expect(config.neo4j).toMatchObject({ mode: "local", boltPort: 7687, httpPort: 7474, database: "neo4j" });
    expect(config.seedOnStart).toBe(true);
  });

  it("uses the external Neo4j named by NEO4J_URI", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "graph",
    });
    expect(config.neo4j).toEqual({
      mode: "external",
      uri: "neo4j+s://abc.databases.neo4j.io",
      username: "reader",
      password: "secret",
      database: "graph",
    });
  });

  it("names the local instance with NEO4J_INSTANCE, and takes an empty NEO4J_URI as unset", () => {
    expect(loadConfig({ NEO4J_INSTANCE: "signal-test", NEO4J_URI: "" }).neo4j).toMatchObject({
      mode: "local",
      instance: "signal-test",
    });
    expect(loadConfig({}).neo4j).toMatchObject({ instance: "dev" });
    expect(() => loadConfig({ NEO4J_INSTANCE: "../elsewhere" })).toThrow(/NEO4J_INSTANCE/);
  });

  it("hands a connection to a child process as the environment it reads", () => {
    const connection = {
      uri: "bolt://127.0.0.1:7697",
      username: "neo4j",
      password: "pw-1",
      database: "neo4j",
    };
    expect(loadConfig(connectionEnv(connection)).neo4j).toEqual({ mode: "external", ...connection });
  });

  it("names every variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost", NEO4J_HEAP: "lots" })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://localhost", NEO4J_HEAP: "lots" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("PORT");
      expect(message).toContain("NEO4J_URI: expected a neo4j:// or bolt:// URI");
      expect(message).toContain("NEO4J_HEAP");
    }
  });
});
