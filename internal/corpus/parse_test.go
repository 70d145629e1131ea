package corpus

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// parseCase is one Parse input and the document fields it must produce.
type parseCase struct {
	name  string
	input string
	// want, when err is "": fields of the parsed Document.
	title, outlet, date, url, body string
	warnings                       []string // reasons of warning Problems
	err                            string   // Problem reason when Parse must fail
}

var parseCases = []parseCase{
	{
		name:  "plain text",
		input: "Police say dozens were detained. Officials said more.\n\nSecond paragraph.\n",
		title: "Police say dozens were detained",
		body:  "Police say dozens were detained. Officials said more.\n\nSecond paragraph.",
	},
	{
		name:  "date marker",
		input: " date 2022-01-06 Troops are seen in Almaty (REUTERS)\n\nBody text.\n",
		title: "Troops are seen in Almaty", date: "2022-01-06",
		body: "Troops are seen in Almaty (REUTERS)\n\nBody text.",
	},
	{
		name:  "date marker on its own line",
		input: "date 2022-01-06\nHeadline here today.\n",
		title: "Headline here today", date: "2022-01-06", body: "Headline here today.",
	},
	{
		name:     "date marker with impossible date",
		input:    " date 2022-13-45 Headline here today.\n",
		title:    "Headline here today",
		body:     "Headline here today.",
		warnings: []string{`invalid date "2022-13-45" in date marker`},
	},
	{
		name:  "word date without marker is body",
		input: "dated letters were found in the archive.\n",
		title: "dated letters were found in the archive", body: "dated letters were found in the archive.",
	},
	{
		name:  "source line and label",
		input: " date 2022-01-06 Fast News\n\nDozens were hurt in clashes. More later.\n\nLast line.\n\nSource: TRTWorld and agencies\n\n",
		title: "Dozens were hurt in clashes", outlet: "TRTWorld and agencies", date: "2022-01-06",
		body: "Fast News\n\nDozens were hurt in clashes. More later.\n\nLast line.",
	},
	{
		name:  "source mid-text is body",
		input: "Source: one official said so.\n\nThe rest of the story.\n",
		title: "Source: one official said so", body: "Source: one official said so.\n\nThe rest of the story.",
	},
	{
		name:  "empty source line keeps body",
		input: "Story text here.\nSource:\n",
		title: "Story text here", body: "Story text here.\nSource:",
	},
	{
		name:  "crlf line endings",
		input: "+++\r\ntitle = \"T\"\r\n+++\r\nBody.\r\n\r\nSource: AP\r\n",
		title: "T", outlet: "AP", body: "Body.",
	},
	{
		name:  "toml front matter",
		input: "+++\ntitle = \"Clashes in Almaty\"\noutlet = \"Reuters\"\ndate = 2022-01-06\nurl = \"https://example.com/a\"\n+++\n\nBody text.\n",
		title: "Clashes in Almaty", outlet: "Reuters", date: "2022-01-06", url: "https://example.com/a", body: "Body text.",
	},
	{
		name:  "yaml front matter with bom",
		input: "\uFEFF---\ntitle: Clashes in Almaty\noutlet: AFP\ndate: 2022-01-06\n---\nBody text.\n",
		title: "Clashes in Almaty", outlet: "AFP", date: "2022-01-06", body: "Body text.",
	},
	{
		name:  "front matter wins over marker and source line",
		input: "---\noutlet: Reuters\ndate: \"January 7, 2022\"\n---\n date 2022-01-06 Body text.\nSource: TRTWorld\n",
		title: "Body text", outlet: "Reuters", date: "2022-01-07", body: "Body text.",
	},
	{
		name:  "front matter without title derives one",
		input: "+++\noutlet = \"AP\"\n+++\nFirst sentence here. Second one.\n",
		title: "First sentence here", outlet: "AP", body: "First sentence here. Second one.",
	},
	{
		name:     "unknown keys warn in key order",
		input:    "---\ntitle: T\nzeta: 1\nauthor: me\n---\nBody.\n",
		title:    "T",
		body:     "Body.",
		warnings: []string{`unknown front matter key "author"`, `unknown front matter key "zeta"`},
	},
	{
		name:     "unparseable date warns",
		input:    "+++\ntitle = \"T\"\ndate = \"yesterday\"\n+++\nBody.\n",
		title:    "T",
		body:     "Body.",
		warnings: []string{`unparseable front matter date "yesterday"`},
	},
	{
		name:     "non-string title warns",
		input:    "+++\ntitle = 5\n+++\nBody text.\n",
		title:    "Body text",
		body:     "Body text.",
		warnings: []string{`front matter key "title" is not a string`},
	},
	{name: "not utf-8", input: "caf\xe9 au lait\n", err: "not valid UTF-8"},
	{name: "empty", input: "", err: "empty file"},
	{name: "whitespace only", input: " \n\t\r\n", err: "empty file (whitespace only)"},
	{name: "bom only", input: "\uFEFF\n", err: "empty file (whitespace only)"},
	{name: "nul byte", input: "PK\x03\x04\x00\x00text", err: "binary content (contains NUL byte)"},
	{name: "control characters", input: "\x01\x02\x03\x1b[0mab", err: "binary content (44% control characters)"},
	{name: "empty body after front matter", input: "+++\ntitle = \"T\"\n+++\n\n  \n", err: "empty body after front matter"},
	{name: "only a marker", input: " date 2022-01-06 \n", err: "empty body"},
	{name: "unterminated toml", input: "+++\ntitle = \"T\"\nBody.\n", err: "malformed front matter: no closing +++ line"},
	{name: "unterminated yaml", input: "---\ntitle: T\n", err: "malformed front matter: no closing --- line"},
	{name: "bad toml", input: "+++\ntitle = \"T\n+++\nBody.\n", err: "malformed front matter: decode toml: "},
	{name: "bad yaml", input: "---\ntitle: [a\n---\nBody.\n", err: "malformed front matter: decode yaml: "},
	{name: "yaml not a mapping", input: "---\n- a\n- b\n---\nBody.\n", err: "malformed front matter: decode yaml: "},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, warnings, err := ParseWithWarnings("corpus/x.txt", []byte(tc.input))
			if tc.err != "" {
				var p Problem
				if !errors.As(err, &p) {
					t.Fatalf("Parse() error = %v, want Problem %q", err, tc.err)
				}
				if !strings.HasPrefix(p.Reason, tc.err) || !p.Skipped || p.Path != "corpus/x.txt" {
					t.Errorf("Parse() error = %+v, want skipped Problem for corpus/x.txt with reason %q", p, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse() error = %v, want nil", err)
			}
			checkDocument(t, doc, tc.input)
			got := parseCase{title: doc.Title, outlet: doc.Outlet, date: doc.Date, url: doc.URL, body: doc.Body()}
			want := parseCase{title: tc.title, outlet: tc.outlet, date: tc.date, url: tc.url, body: tc.body}
			if got.title != want.title || got.outlet != want.outlet || got.date != want.date || got.url != want.url || got.body != want.body {
				t.Errorf("Parse() = title %q outlet %q date %q url %q body %q,\nwant title %q outlet %q date %q url %q body %q",
					got.title, got.outlet, got.date, got.url, got.body, want.title, want.outlet, want.date, want.url, want.body)
			}
			if reasons := reasonsOf(warnings); strings.Join(reasons, "\n") != strings.Join(tc.warnings, "\n") {
				t.Errorf("Parse() warnings = %q, want %q", reasons, tc.warnings)
			}
			for _, w := range warnings {
				if w.Skipped || w.Path != "corpus/x.txt" {
					t.Errorf("Parse() warning %+v, want Skipped false and Path corpus/x.txt", w)
				}
			}
		})
	}
}

func TestParseDropsWarnings(t *testing.T) {
	doc, err := Parse("dir/a.md", []byte("---\nfoo: 1\n---\nBody.\n"))
	if err != nil {
		t.Fatalf("Parse() error = %v, want nil", err)
	}
	if doc.ID != "a" || doc.Path != "dir/a.md" {
		t.Errorf("Parse() ID, Path = %q, %q, want %q, %q", doc.ID, doc.Path, "a", "dir/a.md")
	}
	const wantHash = "db80746db963e83d79bc407177f7e87655100c90bd5a9df8ea991e340878a03b" // sha256sum of the input
	if doc.Hash != wantHash {
		t.Errorf("Parse() Hash = %q, want %q", doc.Hash, wantHash)
	}
}

// checkDocument fails t unless doc keeps input as its Text and its body
// offsets are in range, on rune boundaries and trimmed.
func checkDocument(t *testing.T, doc Document, input string) {
	t.Helper()
	if doc.Text != input {
		t.Errorf("Text = %q, want the input unchanged %q", doc.Text, input)
	}
	if doc.BodyStart < 0 || doc.BodyStart > doc.BodyEnd || doc.BodyEnd > len(doc.Text) {
		t.Fatalf("BodyStart, BodyEnd = %d, %d, want 0 <= start <= end <= %d", doc.BodyStart, doc.BodyEnd, len(doc.Text))
	}
	if !utf8.ValidString(doc.Body()) {
		t.Errorf("Body() = %q, not on rune boundaries", doc.Body())
	}
	if b := doc.Body(); b != strings.TrimFunc(b, unicode.IsSpace) {
		t.Errorf("Body() = %q, want surrounding whitespace trimmed", b)
	}
}

func reasonsOf(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Reason)
	}
	return out
}
