#!/usr/bin/env bash
# Builds the bot as a static binary. The Dockerfile and .ci/run both call
# this script, so the binary CI builds is built exactly as the image's.
#
#   scripts/build.sh [OUTPUT]      (default: bin/bot)
#
# VERSION sets the version stamped into the binary (bot version); without
# it, git describe is used, else "dev".
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-bin/bot}"
version="${VERSION:-}"
if [ -z "$version" ]; then
	version="$(git describe --tags --always --dirty 2>/dev/null || echo dev)"
fi
CGO_ENABLED=0 go build -trimpath \
	-ldflags "-s -w -X github.com/almaty-news/newsbot/internal/version.Version=${version}" \
	-o "$out" ./cmd/bot
echo "built $out (version $version)"
