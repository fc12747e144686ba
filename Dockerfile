# syntax=docker/dockerfile:1
#
# The SES GraphQL gateway. The build stage installs every dependency and
# compiles src/ to dist/; the runtime stage holds only the production
# dependencies, dist/, schema/ and scripts/, and runs as the unprivileged
# `node` user.
#
#   docker build -t ses-graphql-gateway .
#
# CI cannot pull images, so test/production/productionInstall.test.ts makes
# this same layout without Docker, with the same steps (`npm run build`; a
# fresh directory with package.json, package-lock.json, schema/, scripts/ and
# the built dist/; `npm ci --omit=dev`), then serves and stops it there. Keep
# the two in step: a change to one of these steps belongs in both.
#
# Node 24: the Active LTS line, with the longest support ahead (to April 2028),
# and the one every dependency's `engines` accepts. CI runs the tests on it.
ARG NODE_IMAGE=node:24-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schema ./schema
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY schema ./schema
COPY scripts ./scripts
COPY --from=build /app/dist ./dist
# For the embedded emulator's state (EMULATOR_DATA_DIR=/data), on a volume; the app itself stays read-only to `node`.
RUN mkdir /data && chown node:node /data
USER node

# Listen on every interface, so the published port reaches the gateway. On a
# non-loopback address the gateway REFUSES TO START WITHOUT AUTHENTICATION:
# pass AUTH_API_KEYS (or AUTH_API_KEYS_FILE) or the AUTH_JWT_* settings.
# AUTH_MODE=none does not lift this. Clients calling by a name other than
# localhost or an IP address need that name in ALLOWED_HOSTS.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000

# Liveness only (/healthz): the image has no curl, Node's fetch does the probe.
# Orchestrators should gate traffic on /readyz instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Node itself is PID 1 and takes SIGTERM (docker stop) and SIGINT: it stops
# taking requests, lets those in flight finish within SHUTDOWN_TIMEOUT_MS
# (default 8000, under docker stop's 10 s), and exits 0. `npm start` would work
# too (npm passes the signal on; both are tested) but adds a process.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
