import { Neo4jError } from "neo4j-driver";
import { ServiceOverloadedError } from "../errors/api-errors";
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

  it("passes an error it does not know on, named after its query", () => {
    const other = new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "", "");
    expect(toApiError(other, "entity/by-ids")).toMatchObject({ query: "entity/by-ids" });
  });
});
