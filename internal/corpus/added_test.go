package corpus

import "testing"

// The "added" front matter key records when an article came from the web.
func TestParseAdded(t *testing.T) {
	cases := []struct {
		name, input, want string
		warnings          int
	}{
		{"yaml string", "---\nurl: https://example.org/a\nadded: \"2026-03-01T10:20:30Z\"\n---\nBody.\n", "2026-03-01T10:20:30Z", 0},
		{"yaml timestamp", "---\nadded: 2026-03-01T10:20:30+02:00\n---\nBody.\n", "2026-03-01T10:20:30+02:00", 0},
		{"toml datetime", "+++\nadded = 2026-03-01T10:20:30Z\n+++\nBody.\n", "2026-03-01T10:20:30Z", 0},
		{"not a time", "---\nadded: yesterday\n---\nBody.\n", "", 1},
		{"absent", "---\ntitle: T\n---\nBody.\n", "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, warnings, err := ParseWithWarnings("c/a.md", []byte(tc.input))
			if err != nil {
				t.Fatalf("Parse() error = %v", err)
			}
			if doc.Added != tc.want || len(warnings) != tc.warnings {
				t.Errorf("Parse() Added = %q with %d warnings, want %q with %d", doc.Added, len(warnings), tc.want, tc.warnings)
			}
		})
	}
}
