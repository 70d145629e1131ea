// Package version holds the bot's version, stamped at build time by
// scripts/build.sh:
//
//	go build -ldflags "-X github.com/almaty-news/newsbot/internal/version.Version=v1.2.3" ./cmd/bot
package version

import (
	"fmt"
	"runtime"
)

// Version is the release this binary was built from; "dev" when it was
// not stamped (go run, go test, a plain go build).
var Version = "dev"

// String describes the build for humans and logs, for example
// "bot v1.2.3 (go1.26.0 linux/amd64)".
func String() string {
	return fmt.Sprintf("bot %s (%s %s/%s)", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
