package news

import (
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		want      []string // per finding: what, then versions as claim indices "0,2|1"
	}{
		{"police death toll disagrees", []string{
			"Authorities said at least a dozen police officers died.",
			"At least eight police and national guard troops have been killed.",
			"At least 12 law enforcement personnel died in clashes.",
		}, []string{"how many police were killed: 0,2|1"}},
		{"different things counted are not a disagreement", []string{
			"More than 350 police officers had been injured.",
			"More than 1,000 people had been injured during the protests.",
			"More than 1,000 people were wounded.",
		}, []string{"how many police were injured: 0", "how many people were injured: 1,2"}},
		{"vague amounts agree", []string{
			"Dozens of attackers were liquidated.",
			"Police said tens of rioters had been eliminated.",
		}, []string{"how many protesters were killed: 0,1"}},
		{"different measures", []string{
			"Five people were killed.",
			"Ten people were injured.",
		}, []string{"how many people were killed: 0", "how many people were injured: 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var claims []Claim
			for _, s := range tt.sentences {
				claims = append(claims, Claims(s)...)
			}
			var got []string
			for _, f := range Compare(claims) {
				var vs []string
				for _, v := range f.Versions {
					var ns []string
					for _, i := range v.Claims {
						ns = append(ns, string(rune('0'+i)))
					}
					vs = append(vs, strings.Join(ns, ","))
				}
				got = append(got, f.What()+": "+strings.Join(vs, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Compare() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
