// Package app is the composition root: it turns a loaded configuration
// into the bot's components and wires them together. Open builds what a
// one-shot command needs (the corpus, its index and the answer service);
// StartDaemon adds the long-running parts (the operator HTTP server, the
// metrics, the reloaded and watched corpus); Serve runs the Discord front
// end on a daemon, with the feeds.
//
// The command line (internal/cli) parses flags, loads the configuration,
// builds the logger and renders results; everything between the
// configuration and a running component is here. Every question goes
// through an answer.Asker that App or Daemon makes for its front end.
package app
