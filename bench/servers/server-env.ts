import neo4j, { Driver } from "neo4j-driver";
import { AppConfig, loadConfig } from "../../src/config";
import { Database } from "../../src/db";

/** What the comparison servers read from the environment the harness gives them (same checks as the API). */
export function serverEnv(): {
  port: number;
  host: string;
  uri: string;
  database: string;
  config: AppConfig;
  connect(): Database;
  driver(): Driver;
} {
  const config = loadConfig();
  const uri = config.neo4j.uri;
  if (!uri) throw new Error("NEO4J_URI must be set for a comparison server");
  const { user, password, database } = config.neo4j;
  return {
    port: config.http.port,
    host: config.http.host,
    uri,
    database,
    config,
    connect: () => Database.connect({ ...config.neo4j, uri }),
    // The peer gets a plain driver as its documentation sets one up (same pool size as the API's).
    driver: () =>
      neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, { maxConnectionPoolSize: 50 }),
  };
}
