# syntax=docker/dockerfile:1
# The bot as a container: a static binary on a distroless base (CA
# certificates included, no shell, runs as the non-root user "nonroot").
#
#   docker build --build-arg VERSION=$(git describe --tags --always) -t newsbot .
#
# The build step is scripts/build.sh, the same script CI runs.

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    VERSION=${VERSION} scripts/build.sh /out/bot
# The data volume's mount point, owned by the runtime user so a fresh
# named volume is writable.
RUN mkdir -p /out/data/cache

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/bot /bot
COPY corpus /app/corpus
COPY --from=build --chown=65532:65532 /out/data /data
WORKDIR /app
# Configuration for the image; a config file (BOT_CONFIG or /app/config.toml)
# and the environment can change anything. Secrets come from the
# environment only: DISCORD_TOKEN, OPENAI_API_KEY.
# Logs are JSON unless a terminal is attached (docker run -it).
ENV BOT_CORPUS_DIR=/app/corpus \
    BOT_INDEX_CACHE_DIR=/data/cache \
    BOT_DATA_DIR=/data \
    BOT_HTTP_LISTEN=:8080
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["/bot", "healthcheck"]
ENTRYPOINT ["/bot"]
CMD ["serve"]
