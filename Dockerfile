# The Entente app (API + built explorer) for docker-compose.yml; Neo4j runs in its own container (NEO4J_URI).
# Keep the Node major in step with package.json "engines" and the `node` devDependency the tests run on.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/client/dist ./client/dist
COPY core ./core
COPY server ./server
COPY import ./import
COPY cypher ./cypher
COPY neo4j-local/src ./neo4j-local/src
COPY data ./data
USER node
EXPOSE 4000
CMD ["npx", "tsx", "server/src/main.ts"]
