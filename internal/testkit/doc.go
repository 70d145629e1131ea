// Package testkit holds the fakes that tests of several packages share:
// a Clock whose time moves only when the test says, and a LogSink that
// collects a logger's output and lets a test wait for a line. Only test
// files import it.
package testkit
