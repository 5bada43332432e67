# One image for every Hamyar service; docker-compose.yml picks the service by its command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json supergraph.yaml supergraph.graphql ./
COPY shared/package.json shared/
COPY subgraphs/organizations/package.json subgraphs/organizations/
COPY subgraphs/projects/package.json subgraphs/projects/
COPY subgraphs/agreements/package.json subgraphs/agreements/
COPY subgraphs/fars-smart-city/package.json subgraphs/fars-smart-city/
COPY gateway/package.json gateway/
RUN npm ci --no-audit --no-fund
COPY shared shared
COPY subgraphs subgraphs
COPY gateway gateway
COPY scripts scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
CMD ["node", "scripts/start.js"]
