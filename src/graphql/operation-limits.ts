import { DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, TypeNode } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { BadUserInputError, QueryTooComplexError } from "../errors/api-errors";
import { variableProblems } from "../errors/variable-problems";
import type { CostContext } from "../modules/graph";

export interface CostLimits {
  maxComplexity: number;
  maxLinksPerList: number;
}

/**
 * Variables of these types never change an operation's cost: the estimators (complexity.ts) read
 * numbers (`first`, `maxHops`), lists (`ailments`, `types`) and enums (`direction`), and @skip /
 * @include read booleans. Ids and texts change with every request, so leaving them out of the
 * cache key is what lets a cost be reused.
 */
const COST_NEUTRAL_TYPES = new Set(["ID", "String"]);

/** Costs remembered per operation; a client cycling through `first` values cannot grow it unbounded. */
const MAX_COSTS_PER_OPERATION = 64;

/**
 * The estimator visits every field of every fragment spread again (it does not memoise
 * fragments), so its work is bounded here: a document of fragments that each spread the next
 * twice is refused after this many visits instead of running for hours. Real operations visit
 * a few hundred nodes at most.
 */
const MAX_COST_NODES = 20_000;

const TOO_MANY_NODES = /maximum allowed number of nodes/;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Refuses operations estimated too costly, before they run (depth, aliases, directives and tokens
 * are refused earlier, while the document is validated: see document-rules.ts). Estimating walks
 * the document with type info, which costs more CPU than executing a typical query, so results
 * are kept per parsed operation (Apollo reuses the parsed document for the same query text), per
 * value of the variables that can change the cost, and per version of the degree statistics.
 */
export class OperationLimits {
  private readonly known = new WeakMap<
    OperationDefinitionNode,
    { costVariables: string[]; costs: Map<string, number> }
  >();
  /** How many times the estimator really ran (tests read it). */
  estimations = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: CostLimits,
  ) {}

  check(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    costContext: CostContext & { version?: number },
  ): number {
    let entry = this.known.get(operation);
    if (!entry) {
      entry = {
        costVariables: (operation.variableDefinitions ?? [])
          .filter((d) => !COST_NEUTRAL_TYPES.has(namedType(d.type)))
          .map((d) => d.variable.name.value),
        costs: new Map(),
      };
      this.known.set(operation, entry);
    }
    const key = JSON.stringify([
      costContext.version ?? 0,
      ...entry.costVariables.map((name) => variables[name] ?? null),
    ]);
    let complexity = entry.costs.get(key);
    if (complexity === undefined) {
      complexity = this.estimate(document, operation, variables, costContext);
      if (entry.costs.size >= MAX_COSTS_PER_OPERATION) entry.costs.clear();
      entry.costs.set(key, complexity);
    }
    if (complexity > this.limits.maxComplexity) {
      throw new QueryTooComplexError(
        `The query's estimated cost is ${complexity}; the limit is ${this.limits.maxComplexity}. Ask for fewer items or fewer nested fields.`,
        { complexity, maxComplexity: this.limits.maxComplexity, http: { status: 400 } },
      );
    }
    return complexity;
  }

  private estimate(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    costContext: CostContext,
  ): number {
    this.estimations += 1;
    try {
      return getComplexity({
        schema: this.schema,
        query: document,
        operationName: operation.name?.value,
        variables,
        context: costContext,
        maxQueryNodes: MAX_COST_NODES,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      if (error instanceof GraphQLError && TOO_MANY_NODES.test(error.message)) {
        throw new QueryTooComplexError(
          `The query expands to more than ${MAX_COST_NODES} fields (fragments spread many times); simplify it.`,
          {
            http: { status: 400 },
          },
        );
      }
      // The estimator coerces variables first; a missing or mistyped variable is the client's error.
      if (error instanceof GraphQLError)
        throw new BadUserInputError(error.message, variableProblems(error.message), { http: { status: 400 } });
      throw error;
    }
  }
}
