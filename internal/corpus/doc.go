// Package corpus loads the news articles the bot answers from.
//
// A corpus is one flat directory of .txt and .md files, one article per
// file. Load reads them all, skipping bad files (not UTF-8, empty, binary,
// too big, duplicated) with a Problem for each instead of failing, so one
// broken file never stops the rest loading. Parse turns a single file's
// bytes into a Document and is what a hot reload calls for a changed file.
//
// An article may start with TOML (+++) or YAML (---) front matter giving
// title, outlet, date, url and added (when it was fetched from the
// url, RFC 3339). Without it, metadata is derived from the
// text: a leading " date 2022-01-06 " marker gives the date, a trailing
// "Source: X" line gives the outlet, and the title is the body's first
// sentence. Document.Text is always the file exactly as on disk; the body
// is a byte range of it (BodyStart, BodyEnd), never a rewritten copy.
package corpus
