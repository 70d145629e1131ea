package corpus

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// frontMatter is the metadata block at the start of a file, if any.
type frontMatter struct {
	found                    bool
	end                      int // offset in the text just past the closing fence; past the BOM when not found
	title, outlet, date, url string
	added                    string   // when the article was added from the web, RFC 3339
	warnings                 []string // reasons for Problems that do not skip the file
}

// readFrontMatter finds and decodes TOML (+++) or YAML (---) front matter at
// the very start of text, after an optional BOM. It returns an error only
// when front matter is present but malformed.
func readFrontMatter(text string) (frontMatter, error) {
	start := 0
	if strings.HasPrefix(text, bom) {
		start = len(bom)
	}
	fm := frontMatter{end: start}
	fence, contentStart := fenceLine(text, start)
	if fence != "+++" && fence != "---" {
		return fm, nil
	}
	fm.found = true
	contentEnd, end := -1, -1
	for pos := contentStart; pos < len(text); {
		line, next := fenceLine(text, pos)
		if line == fence {
			contentEnd, end = pos, next
			break
		}
		pos = next
	}
	if contentEnd < 0 {
		return fm, fmt.Errorf("no closing %s line", fence)
	}
	fm.end = end

	m, err := decodeFrontMatter(fence, text[contentStart:contentEnd])
	if err != nil {
		return fm, err
	}
	fm.apply(m)
	return fm, nil
}

// fenceLine returns the line starting at pos with trailing whitespace
// removed, and the offset of the next line.
func fenceLine(text string, pos int) (string, int) {
	nl := strings.IndexByte(text[pos:], '\n')
	if nl < 0 {
		return strings.TrimRight(text[pos:], " \t\r"), len(text)
	}
	return strings.TrimRight(text[pos:pos+nl], " \t\r"), pos + nl + 1
}

// decodeFrontMatter decodes the text between the fences as TOML ("+++") or
// YAML ("---") into a map.
func decodeFrontMatter(fence, src string) (map[string]any, error) {
	m := map[string]any{}
	if fence == "+++" {
		if _, err := toml.Decode(src, &m); err != nil {
			return nil, fmt.Errorf("decode toml: %w", err)
		}
		return m, nil
	}
	if err := yaml.Unmarshal([]byte(src), &m); err != nil {
		return nil, fmt.Errorf("decode yaml: %w", err)
	}
	if m == nil {
		return nil, errors.New("decode yaml: not a mapping")
	}
	return m, nil
}

// apply copies the known keys of m into fm and records a warning for each
// unknown key and each unusable value, in key order.
func (fm *frontMatter) apply(m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		switch k {
		case "title":
			fm.title = fm.stringValue(k, v)
		case "outlet":
			fm.outlet = fm.stringValue(k, v)
		case "url":
			fm.url = fm.stringValue(k, v)
		case "added":
			fm.added = fm.timeValue(k, v)
		case "date":
			if v == nil {
				continue
			}
			d, ok := dateValue(v)
			if !ok {
				fm.warnings = append(fm.warnings, fmt.Sprintf("unparseable front matter date %q", fmt.Sprint(v)))
			}
			fm.date = d
		default:
			fm.warnings = append(fm.warnings, fmt.Sprintf("unknown front matter key %q", k))
		}
	}
}

// stringValue returns v trimmed when it is a string; otherwise it records a
// warning and returns "". A missing (nil) value is "" without a warning.
func (fm *frontMatter) stringValue(key string, v any) string {
	switch s := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(s)
	default:
		fm.warnings = append(fm.warnings, fmt.Sprintf("front matter key %q is not a string", key))
		return ""
	}
}

// timeValue returns a timestamp value (a TOML datetime or a string) as
// RFC 3339; otherwise it records a warning and returns "".
func (fm *frontMatter) timeValue(key string, v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case time.Time:
		return t.Format(time.RFC3339)
	case string:
		if p, err := time.Parse(time.RFC3339, strings.TrimSpace(t)); err == nil {
			return p.Format(time.RFC3339)
		}
	}
	fm.warnings = append(fm.warnings, fmt.Sprintf("front matter key %q is not a time such as 2022-01-06T15:04:05Z", key))
	return ""
}
