/** The health module's surface: what other modules (and tests, bench, soak) may import from it. */
export { GraphStatsService } from "./graph-stats.service";
export { HealthResolver } from "./health.resolver";
