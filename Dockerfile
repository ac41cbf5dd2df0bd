# syntax=docker/dockerfile:1
# resume-coach: the TypeScript runs directly with tsx (a runtime dependency), so there is no build step.
# One image for both roles: the bot (default command) and `node --import tsx src/worker.ts` (compose.yaml).

FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; native modules (sqlite3) are built here, where the toolchain is.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    STORE_URL=sqlite:///app/data/resume-coach.sqlite \
    HOST=0.0.0.0 \
    OPS_PORT=9464
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node examples ./examples
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# Slack HTTP mode (SLACK_PORT 3000), Telegram webhooks (TELEGRAM_WEBHOOK_PORT 8080), ops (OPS_PORT 9464).
EXPOSE 3000 8080 9464
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.OPS_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is the process that gets SIGTERM (npm and tsx's CLI relay it badly: in-flight checks were
# killed after ~30 ms). Run with `docker run --init` (compose: init: true) so zombies are reaped.
CMD ["node", "--import", "tsx", "src/main.ts"]
