/** The node module's surface: what other modules (and tests, bench, soak) may import from it. */
export { NodeResolver } from "./node.resolver";
export { NodeService } from "./node.service";
