# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and gather the browser assets.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
RUN npm run build && npm prune --omit=dev

# Runtime stage: production dependencies, compiled code, Cypher and seed files; runs as a non-root user.
FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
COPY schema ./schema
# The image's unprivileged `node` user, by id so that Kubernetes' runAsNonRoot can check it.
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/src/cli/start.js"]
