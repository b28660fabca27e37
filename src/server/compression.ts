import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Compresses answers of 1 KB or more when the client accepts it (br, gzip or deflate; brotli at
 * quality 4, cheap on CPU). Registered before the routes, since it hooks each route as it is added.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ["br", "gzip", "deflate"] });
}
