// Package pglitetest gives tests a real Postgres with pgvector: PGlite
// (Postgres compiled to WebAssembly, npm @electric-sql/pglite-socket)
// serving the wire protocol on a free loopback port. One server is
// started per test binary, on first use, and emptied for each test.
// Tests skip, saying why, when Node is not installed; with Node but
// without the project's npm packages they fail, saying to run npm ci.
//
// What PGlite does differently from a Postgres server (checked): all
// connections share one session, so a connection inside a transaction
// holds the database until it ends, session settings (search_path) and
// prepared statements are shared, and NOTIFY reaches no other
// connection. URL therefore asks pgx for the simple query protocol.
package pglitetest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// MaxConns is how many connections the server accepts at once (its -m
// flag); size connection pools to at most this.
const MaxConns = 8

// startTimeout bounds the server's start (WebAssembly compilation is
// slow on a busy machine).
const startTimeout = 3 * time.Minute

var (
	once    sync.Once
	baseURL string
	cmd     *exec.Cmd
	skipMsg string
	failMsg string
)

// URL returns the URL of the shared PGlite server, emptied (only the
// vector extension installed), skipping t when Node is missing. The
// database is shared: tests using it must not run in parallel, and must
// close their connections when they end.
func URL(t testing.TB) string {
	t.Helper()
	once.Do(start)
	if skipMsg != "" {
		t.Skip(skipMsg)
	}
	if failMsg != "" {
		t.Fatal(failMsg)
	}
	ctx := context.Background()
	c, err := pgx.Connect(ctx, baseURL)
	if err != nil {
		t.Fatalf("pglite: connect: %v", err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE EXTENSION vector"); err != nil {
		t.Fatalf("pglite: empty the database: %v", err)
	}
	return baseURL
}

// Main runs a test binary's tests and stops the server afterwards; call
// it from TestMain: os.Exit(pglitetest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	Stop()
	return code
}

// Stop stops the server, if one was started; for a TestMain that does
// more than Main.
func Stop() {
	if cmd != nil && cmd.Process != nil {
		cmd.Process.Kill()
		cmd.Wait()
	}
}

// start runs the server once per test binary.
func start() {
	if _, err := exec.LookPath("node"); err != nil {
		skipMsg = "pglite: Node.js is not installed (needed to run PGlite, a Postgres for tests); install Node 20+ and run npm ci"
		return
	}
	root, err := repoRoot()
	if err != nil {
		failMsg = "pglite: " + err.Error()
		return
	}
	script := filepath.Join(root, "node_modules", ".bin", "pglite-server")
	if _, err := os.Stat(script); err != nil {
		failMsg = "pglite: " + script + " not found: run npm ci in " + root
		return
	}
	port, err := freePort()
	if err != nil {
		failMsg = "pglite: " + err.Error()
		return
	}
	var out bytes.Buffer
	cmd = exec.Command("node", script, "-p", strconv.Itoa(port), "-e", "@electric-sql/pglite-pgvector:vector", "-m", strconv.Itoa(MaxConns))
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = &out, &out
	setDeathSignal(cmd)
	if err := cmd.Start(); err != nil {
		failMsg = "pglite: start: " + err.Error()
		return
	}
	baseURL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable&default_query_exec_mode=simple_protocol", port)
	if err := waitReady(baseURL); err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		failMsg = fmt.Sprintf("pglite: %v; server output:\n%s", err, out.String())
	}
}

// waitReady connects until the server answers and installs pgvector.
func waitReady(url string) error {
	deadline := time.Now().Add(startTimeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		c, err := pgx.Connect(ctx, url)
		if err == nil {
			_, err = c.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS vector")
			c.Close(ctx)
			cancel()
			return err
		}
		cancel()
		if time.Now().After(deadline) {
			return fmt.Errorf("not ready after %v: %w", startTimeout, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// repoRoot is the nearest directory upwards holding package.json.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "package.json")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir || strings.HasSuffix(dir, string(filepath.Separator)) {
			return "", fmt.Errorf("no package.json above the test's directory")
		}
		dir = parent
	}
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
