import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, ServiceOverloadedError } from "../errors/api-errors";
import { toApiError } from "./driver-errors";

describe("toApiError", () => {
  it("turns Neo4j's full transaction memory pool (too much concurrent work) into SERVICE_OVERLOADED, not an internal error", () => {
    const full = new Neo4jError(
      "The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. dbms.memory.transaction.total.max threshold reached",
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "",
      "",
    );
    const mapped = toApiError(full, "entity/with-links");
    expect(mapped).toBeInstanceOf(ServiceOverloadedError);
    expect((mapped as ServiceOverloadedError).message).not.toContain("MiB");
  });

  // As Neo4j 5.26 sends them over Bolt (code, message, GQLSTATUS and its description).
  const PANIC =
    "The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.";
  it.each([
    [
      "a write on a read-only database (server.databases.read_only, or a full disk)",
      "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase",
      "No write operations are allowed on this database. The database is in read-only mode on this Neo4j instance.",
      "50N42", // as a read-only Neo4j 5.26 answered test/e2e/store-faults.e2e.test.ts
      "read-only",
    ],
    [
      "a write on a read-only server or replica",
      "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
      "This is a read-only database, writing or modifying the database is not allowed.",
      "08N08",
      "read-only",
    ],
    ["any transaction after a panic", "Neo.DatabaseError.Transaction.TransactionStartFailed", PANIC, "50N42", "store"],
    [
      "the write whose log append hit a full disk",
      "Neo.DatabaseError.Transaction.TransactionCommitFailed",
      "Could not apply the transaction: No space left on device",
      "50N42",
      "store",
    ],
    [
      "the transaction log could not be written",
      "Neo.DatabaseError.Transaction.TransactionLogError",
      "The database was unable to write transaction to log.",
      "50N42",
      "store",
    ],
    [
      "another database error naming the disk",
      "Neo.DatabaseError.General.UnknownError",
      "java.io.IOException: No space left on device",
      "50N42",
      "store",
    ],
  ])("turns %s into DATABASE_UNAVAILABLE", (_, code, message, gqlStatus, kind) => {
    const mapped = toApiError(new Neo4jError(message, code, gqlStatus, "error: ..."), "curation.upsert-entity");
    expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
    expect((mapped as DatabaseUnavailableError).extensions.code).toBe("DATABASE_UNAVAILABLE");
    expect((mapped as Error).message).toContain(kind === "read-only" ? "read-only" : "store");
    expect((mapped as Error).message).not.toContain("Neo4j instance");
  });

  it("turns Neo4j's full JVM heap into SERVICE_OVERLOADED", () => {
    const heap = new Neo4jError("Java heap space", "Neo.TransientError.General.OutOfMemoryError", "51N43", "");
    expect(toApiError(heap, "search/entities")).toBeInstanceOf(ServiceOverloadedError);
  });

  it("leaves other database errors (not storage faults) to the error formatter", () => {
    const other = new Neo4jError("boom", "Neo.DatabaseError.Statement.ExecutionFailed", "50N42", "");
    expect(toApiError(other, "entity/by-ids")).toBe(other);
  });

  it("passes an error it does not know on, named after its query", () => {
    const other = new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "", "");
    expect(toApiError(other, "entity/by-ids")).toMatchObject({ query: "entity/by-ids" });
  });
});
