// Package mapfile gives a file's contents mapped into memory read-only,
// where the system allows it, instead of read: the pages are the page
// cache's, so a large file costs neither a copy nor fresh memory (on a
// virtual machine, touching 50 MB of new memory took 0.16 s; mapping and
// reading the same file from the page cache, 0.02 s). A mapped file must
// only ever be replaced whole (renamed over, as package atomicfile does),
// never written in place or truncated: the mapping keeps the old file.
// Records reads the little-endian records of such contents.
package mapfile
