# The Entente app (API + built explorer + importer) for docker-compose.yml; Neo4j runs in its own container (NEO4J_URI).
# Keep the Node major in step with package.json "engines" and the `node` devDependency the tests run on.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The NLP worker (GPL-3.0, nlp-worker/): Stanford CoreNLP and its English models (about 490 MB) copied next to it.
FROM maven:3.9-eclipse-temurin-17 AS nlp
WORKDIR /nlp-worker
COPY nlp-worker/pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY nlp-worker/src ./src
RUN mvn -B -q package dependency:copy-dependencies -DskipTests

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=eclipse-temurin:17-jre /opt/java/openjdk /opt/java/openjdk
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
COPY nlp-worker/pom.xml nlp-worker/LICENSE nlp-worker/README.md nlp-worker/PROTOCOL.md ./nlp-worker/
COPY nlp-worker/src ./nlp-worker/src
COPY --from=nlp /nlp-worker/target/classes ./nlp-worker/target/classes
COPY --from=nlp /nlp-worker/target/lib ./nlp-worker/target/lib
# Parses are cached here (PARSE_CACHE_DIR); a volume keeps them across restarts.
RUN mkdir -p /app/.data/parse-cache && chown -R node /app/.data
USER node
EXPOSE 4000
CMD ["npx", "tsx", "server/src/main.ts"]
