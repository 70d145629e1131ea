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
		}, []string{"how many police officers were injured: 0", "how many people were injured: 1,2"}},
		{"vague amounts agree", []string{
			"Dozens of rioters were liquidated.",
			"Police said tens of rioters had been killed.",
		}, []string{"how many rioters were killed: 0,1"}},
		{"assailants are not protesters", []string{
			"Dozens of assailants were killed.",
			"Five protesters were killed.",
		}, []string{"how many assailants were killed: 0", "how many protesters were killed: 1"}},
		{"different measures", []string{
			"Five people were killed.",
			"Ten people were injured.",
		}, []string{"how many people were killed: 0", "how many people were injured: 1"}},
		// Other events, in their own words.
		{"ferry: perished, died and lost their lives are all killed", []string{
			"At least 14 people perished when the ferry sank.",
			"The coast guard said 11 died.",
			"Fourteen persons lost their lives, officials said.",
		}, []string{"how many people were killed: 0,2|1"}},
		{"airport: airliners, planes and aircraft count the same things", []string{
			"Gunmen seized five airliners at the airport.",
			"Three planes were captured by the gunmen.",
			"Officials said four aircraft had been seized.",
		}, []string{"how many airliners were seized: 0|1|2"}},
		{"earthquake: passengers and crew are counted apart", []string{
			"The quake killed 40 passengers on the train.",
			"Twelve crew were killed as well.",
		}, []string{"how many passengers were killed: 0", "how many crew were killed: 1"}},
		{"factory fire: workers and employees, hurt and injured", []string{
			"Thirty workers were hurt in the factory fire.",
			"The company said 25 employees suffered injuries.",
		}, []string{"how many workers were injured: 0|1"}},
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
