# syntax=docker/dockerfile:1
# resume-coach: `npm start` runs the TypeScript directly with tsx (a runtime dependency), so there is no build step.

FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; native modules (sqlite3) are built here, where the toolchain is.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    STORE_URL=sqlite:///app/data/resume-coach.sqlite
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node examples ./examples
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# Slack HTTP mode listens on SLACK_PORT (3000), Telegram webhooks on TELEGRAM_WEBHOOK_PORT (8080).
EXPOSE 3000 8080
CMD ["npm", "start"]
