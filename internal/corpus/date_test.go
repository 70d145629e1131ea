package corpus

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"2022-01-06", "2022-01-06", true},
		{" 2022-01-06 ", "2022-01-06", true},
		{"2022-01-06T23:30:00+06:00", "2022-01-06", true},
		{"2022-01-06T10:00:00Z", "2022-01-06", true},
		{"2022-01-06T10:00:00.123Z", "2022-01-06", true},
		{"2022-01-06T10:00:00", "2022-01-06", true},
		{"January 6, 2022", "2022-01-06", true},
		{"Thursday, January 6, 2022", "2022-01-06", true},
		{"6 January 2022", "2022-01-06", true},
		{"Jan 6, 2022", "2022-01-06", true},
		{"Jan. 6, 2022", "2022-01-06", true},
		{"6 Jan 2022", "2022-01-06", true},
		{"2022-02-30", "", false},
		{"06/01/2022", "", false},
		{"yesterday", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, ok := parseDate(tc.in)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("parseDate(%q) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestDateValue(t *testing.T) {
	almaty := time.FixedZone("ALMT", 6*3600)
	tests := []struct {
		name   string
		in     any
		want   string
		wantOK bool
	}{
		{"time keeps its own day", time.Date(2022, 1, 6, 23, 30, 0, 0, almaty), "2022-01-06", true},
		{"string", "6 January 2022", "2022-01-06", true},
		{"number", 20220106, "", false},
	}
	for _, tc := range tests {
		got, ok := dateValue(tc.in)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("dateValue(%s) = %q, %v, want %q, %v", tc.name, got, ok, tc.want, tc.wantOK)
		}
	}
}
