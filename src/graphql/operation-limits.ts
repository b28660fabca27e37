import { DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, TypeNode } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { BadUserInputError, QueryTooComplexError } from "../errors/api-errors";
import { variableProblems } from "../errors/variable-problems";
import { operationDepth } from "./depth";

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Variables of these types never change an operation's cost: the estimators (complexity.ts) read
 * only numbers (`first`), and @skip/@include read booleans. Ids and texts change with every request,
 * so leaving them out of the cache key is what lets a cost be reused.
 */
const COST_NEUTRAL_TYPES = new Set(["ID", "String"]);

/** Costs remembered per operation; a client cycling through `first` values cannot grow it unbounded. */
const MAX_COSTS_PER_OPERATION = 64;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Refuses operations nested too deep or estimated too costly. Estimating walks the whole document
 * with type info, which cost more CPU than executing a typical query, so results are kept per
 * parsed operation (Apollo reuses the parsed document for the same query text) and per value of the
 * variables that can change the cost.
 */
export class OperationLimits {
  private readonly known = new WeakMap<OperationDefinitionNode, { depth: number; costVariables: string[]; costs: Map<string, number> }>();
  /** How many times the estimator really ran (tests read it). */
  estimations = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: QueryLimits,
  ) {}

  check(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
    let entry = this.known.get(operation);
    if (!entry) {
      entry = {
        depth: operationDepth(document, operation),
        costVariables: (operation.variableDefinitions ?? []).filter((d) => !COST_NEUTRAL_TYPES.has(namedType(d.type))).map((d) => d.variable.name.value),
        costs: new Map(),
      };
      this.known.set(operation, entry);
    }
    if (entry.depth > this.limits.maxDepth) {
      throw new QueryTooComplexError(`The query is nested ${entry.depth} levels deep; the limit is ${this.limits.maxDepth}.`, {
        depth: entry.depth,
        maxDepth: this.limits.maxDepth,
        http: { status: 400 },
      });
    }
    const key = JSON.stringify(entry.costVariables.map((name) => variables[name] ?? null));
    let complexity = entry.costs.get(key);
    if (complexity === undefined) {
      complexity = this.estimate(document, operation, variables);
      if (entry.costs.size >= MAX_COSTS_PER_OPERATION) entry.costs.clear();
      entry.costs.set(key, complexity);
    }
    if (complexity > this.limits.maxComplexity) {
      throw new QueryTooComplexError(
        `The query's estimated cost is ${complexity}; the limit is ${this.limits.maxComplexity}. Ask for fewer items or fewer nested fields.`,
        { complexity, maxComplexity: this.limits.maxComplexity, http: { status: 400 } },
      );
    }
  }

  private estimate(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
    this.estimations += 1;
    try {
      return getComplexity({
        schema: this.schema,
        query: document,
        operationName: operation.name?.value,
        variables,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // The estimator coerces variables first; a missing or mistyped variable is the client's error.
      if (error instanceof GraphQLError) throw new BadUserInputError(error.message, variableProblems(error.message), { http: { status: 400 } });
      throw error;
    }
  }
}
