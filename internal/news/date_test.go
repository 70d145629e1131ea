package news

import "testing"

func TestDates(t *testing.T) {
	tests := []struct {
		sentence, articleDate string
		text, date, part      string
		relative              bool
		role                  Role
	}{
		{"Clashes broke out in Almaty early Thursday.", "2022-01-06", "early Thursday", "2022-01-06", "early", true, At},
		{"Sites became inaccessible late on Wednesday.", "2022-01-06", "late on Wednesday", "2022-01-05", "late", true, At},
		{"Hundreds gathered on Wednesday night.", "2022-01-06", "Wednesday night", "2022-01-05", "night", true, At},
		{"Troops clashed with protesters yesterday.", "2022-01-06", "yesterday", "2022-01-05", "", true, At},
		{"Troops entered the square yesterday morning.", "2022-01-06", "yesterday morning", "2022-01-05", "morning", true, At},
		{"Protesters gathered on Friday.", "2022-01-06", "Friday", "2021-12-31", "", true, At}, // the latest Friday on or before
		{"The renewed protests come a day after demonstrators stormed the palace.", "2022-01-06", "a day after", "2022-01-05", "", true, At},
		{"A rally in Almaty on January 5, 2022.", "", "January 5, 2022", "2022-01-05", "", false, At},
		{"A law came into effect on January 1.", "2022-01-06", "January 1", "2022-01-01", "", false, At},
		{"It will be in effect until January 19.", "2022-01-06", "January 19", "2022-01-19", "", false, Until},
		{"Independence from the Soviet Union in 1991.", "", "1991", "1991", "", false, At},
		// No article date: relative dates keep their wording, unresolved.
		{"Clashes broke out in Almaty early Thursday.", "", "early Thursday", "", "early", true, At},
		{"Troops clashed with protesters yesterday.", "", "yesterday", "", "", true, At},
		{"A law came into effect on January 1.", "", "January 1", "", "", false, At},
		{"Killed eight police on Tuesday and Wednesday.", "", "Tuesday and Wednesday", "", "", true, At},
	}
	for _, tt := range tests {
		ws := Dates(tt.sentence, tt.articleDate)
		if len(ws) == 0 {
			t.Errorf("Dates(%q, %q) = none, want %q", tt.sentence, tt.articleDate, tt.text)
			continue
		}
		w := ws[0]
		if w.Text != tt.text || w.Date != tt.date || w.Part != tt.part || w.Relative != tt.relative || w.Role != tt.role {
			t.Errorf("Dates(%q, %q)[0] = %q date %q part %q relative %v role %d, want %q date %q part %q relative %v role %d",
				tt.sentence, tt.articleDate, w.Text, w.Date, w.Part, w.Relative, w.Role, tt.text, tt.date, tt.part, tt.relative, tt.role)
		}
	}
}

func TestDatesNone(t *testing.T) {
	for _, s := range []string{
		"A day of protests.",
		"May the protests end.",
		"Protests spread this week.",
		"Its 2022 budget.",
	} {
		if ws := Dates(s, "2022-01-06"); len(ws) > 0 {
			t.Errorf("Dates(%q) = %q, want none", s, ws[0].Text)
		}
	}
}

func TestDatesAdjective(t *testing.T) {
	if ws := Dates("The decree imposed an overnight curfew.", "2022-01-06"); len(ws) > 0 {
		t.Errorf("Dates(an overnight curfew) = %q, want none", ws[0].Text)
	}
}
