package corpus

import (
	"os"
	"strings"
	"testing"
)

// realCorpus is the article directory shipped with the repo.
const realCorpus = "../../corpus"

func TestLoadRealCorpus(t *testing.T) {
	docs, problems, err := Load(realCorpus, Options{})
	if err != nil {
		t.Fatalf("Load(%s) error = %v, want nil", realCorpus, err)
	}
	if len(problems) != 0 {
		t.Errorf("Load(%s) = %d problems, want 0:\n%s", realCorpus, len(problems), problemLines(problems))
	}
	want := []struct {
		id, date, outlet, title string
	}{
		{"000_b395c66eadaac4a8", "", "", "Violent clashes broke out between protestors and security forces in Kazakhstan's largest city of Almaty early Thursday"},
		{"001_d67718a03dd027f7", "2022-01-06", "", "Troops are seen at the main square in Almaty, Kazakhstan on January 6"},
		{"002_393b3ea4ed0745a7", "", "", "Troops and protesters clashed in Kazakhstan's largest city Almaty yesterday, with police saying tens of rioters had…"},
		{"003_df6846d9169c57f2", "", "", "Police say dozens of protesters were ‘eliminated’ overnight as a Russia-led alliance approved troops deployment to…"},
		{"004_d3156641ac80ec0f", "2022-01-06", "TRTWorld and agencies", "Dozens of protesters were \"eliminated\" and more than 1,000 people were wounded as a Russia-led bloc dispatches troops…"},
	}
	if len(docs) != len(want) {
		t.Fatalf("Load(%s) = %d docs, want %d", realCorpus, len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		if d.ID != w.id {
			t.Errorf("docs[%d].ID = %q, want %q", i, d.ID, w.id)
			continue
		}
		if d.Date != w.date || d.Outlet != w.outlet {
			t.Errorf("%s: Date, Outlet = %q, %q, want %q, %q", d.ID, d.Date, d.Outlet, w.date, w.outlet)
		}
		if d.Title != w.title {
			t.Errorf("%s: Title = %q, want %q", d.ID, d.Title, w.title)
		}
		data, err := os.ReadFile(d.Path)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, d, string(data))
		body := d.Body()
		if strings.Contains(body, "Source:") || strings.HasPrefix(body, "date") {
			t.Errorf("%s: Body() = %.40q…, want no date marker or Source line", d.ID, body)
		}
		if d.Title == "" || d.Title == "Fast News" || strings.HasSuffix(d.Title, "(REUTERS)") {
			t.Errorf("%s: Title = %q, want the first real sentence", d.ID, d.Title)
		}
	}
	// 004's body keeps the "Fast News" label line; only the title skips it.
	if d := docs[4]; !strings.HasPrefix(d.Body(), "Fast News\n") || !strings.HasSuffix(d.Body(), `"express themselves peacefully."`) {
		t.Errorf("%s: Body() = %.20q…, want from \"Fast News\" to before the Source line", d.ID, d.Body())
	}
}
