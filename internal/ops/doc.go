// Package ops is the bot's HTTP server for operators: /healthz says the
// process is alive, /readyz whether it can answer (the index is loaded
// and, when serving Discord, the gateway is connected), and /metrics
// exports Prometheus metrics. It also holds the client side of
// `bot healthcheck`, which Docker's HEALTHCHECK runs because a minimal
// image has no curl.
package ops
