package corpus

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// bom is the UTF-8 byte order mark some editors write at the start of a file.
const bom = "\uFEFF"

// maxControlShare is the share of control characters (other than
// whitespace) above which a file is treated as binary.
const maxControlShare = 0.10

// checkContent returns why data cannot be an article, or "" when it can.
func checkContent(data []byte) string {
	if len(data) == 0 {
		return "empty file"
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "binary content (contains NUL byte)"
	}
	if !utf8.Valid(data) {
		return "not valid UTF-8"
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte(bom)))) == 0 {
		return "empty file (whitespace only)"
	}
	var runes, controls int
	for _, r := range string(data) {
		runes++
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			controls++
		}
	}
	if share := float64(controls) / float64(runes); share > maxControlShare {
		return fmt.Sprintf("binary content (%.0f%% control characters)", share*100)
	}
	return ""
}
