# The stancegraph server; docker-compose.yml wires it to Neo4j.
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["npx", "tsx", "server/main.ts"]
