package news

import "testing"

func TestSameThing(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"airliners", "planes", true},
		{"airliners", "aircraft", true},
		{"jets", "planes", true},
		{"soldiers", "troops", true},
		{"demonstrators", "protesters", true},
		{"workers", "employees", true},
		{"houses", "buildings", true},
		{"nations", "countries", true},
		{"people", "persons", true},
		{"passengers", "crew", false},
		{"assailants", "protesters", false},
		{"people", "police", false},
		{"persons", "workers", false},
		{"cars", "planes", false},
		{"villagers", "buildings", false},
	}
	for _, tt := range tests {
		if got := sameThing(tt.a, tt.b); got != tt.want {
			t.Errorf("sameThing(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestHeads(t *testing.T) {
	for unit, want := range map[string]string{
		"police and national guard troops": "police troops",
		"anti-Government protesters":       "protesters",
		"passengers or crew members":       "passengers members",
		"":                                 "",
	} {
		got := ""
		for i, h := range heads(unit) {
			if i > 0 {
				got += " "
			}
			got += h
		}
		if got != want {
			t.Errorf("heads(%q) = %q, want %q", unit, got, want)
		}
	}
}
