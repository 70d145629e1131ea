// Package config reads the bot's TOML configuration and environment,
// validates it (reporting every problem at once, each naming its key) and
// prints it with secrets redacted.
package config
