package chunk

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"only space", " \n\n\t \r\n", nil},
		{"plain", "Hello world. This is a test.", []string{"Hello world.", "This is a test."}},
		{"surrounding space", "  One.  Two!\n", []string{"One.", "Two!"}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{
			"comma inside quotes then lowercase",
			`Police said that "dozens of attackers were liquidated," when they tried to storm buildings. Others fled.`,
			[]string{`Police said that "dozens of attackers were liquidated," when they tried to storm buildings.`, "Others fled."},
		},
		{
			"curly quotes with said",
			"“The dozens of attackers were eliminated, their identities are being established,” she said. Police left.",
			[]string{"“The dozens of attackers were eliminated, their identities are being established,” she said.", "Police left."},
		},
		{
			"terminator inside quotes",
			"“I intend to act as tough as possible,” he warned. “Together we will overcome.” Then silence.",
			[]string{"“I intend to act as tough as possible,” he warned.", "“Together we will overcome.”", "Then silence."},
		},
		{
			"straight quotes terminator then lowercase",
			`"I am tough!" he said. "We will win." She agreed.`,
			[]string{`"I am tough!" he said.`, `"We will win."`, "She agreed."},
		},
		{
			"single curly quotes",
			"Police say protesters were ‘eliminated.’ Troops arrived.",
			[]string{"Police say protesters were ‘eliminated.’", "Troops arrived."},
		},
		{
			"titles",
			"Mr Tokayev vowed to act. Mr. Smith agreed with Dr. Jones and Gen. Petrov.",
			[]string{"Mr Tokayev vowed to act.", "Mr. Smith agreed with Dr. Jones and Gen. Petrov."},
		},
		{
			"acronym mid sentence",
			"U.S. officials said the U.S. Army would help. They left.",
			[]string{"U.S. officials said the U.S. Army would help.", "They left."},
		},
		{
			"acronym ends sentence",
			"He imposed sanctions on the U.S. The next day, talks began.",
			[]string{"He imposed sanctions on the U.S.", "The next day, talks began."},
		},
		{
			"numbers",
			"More than 1,000 people were injured. Prices rose 1.5 percent. In 1991. Kazakhstan became independent.",
			[]string{"More than 1,000 people were injured.", "Prices rose 1.5 percent.", "In 1991.", "Kazakhstan became independent."},
		},
		{
			"initials",
			"J. Smith wrote it. Kassym-Jomart K. Tokayev replied.",
			[]string{"J. Smith wrote it.", "Kassym-Jomart K. Tokayev replied."},
		},
		{
			"dates and numbers",
			"He lived at No. 5 Abai Street until Jan. 6. No. He did not.",
			[]string{"He lived at No. 5 Abai Street until Jan. 6.", "No.", "He did not."},
		},
		{
			"latin abbreviations",
			"Use a tool, e.g. Hammer works. Or i.e. Nails. Done.",
			[]string{"Use a tool, e.g. Hammer works.", "Or i.e. Nails.", "Done."},
		},
		{
			"ellipsis",
			"He paused... and then spoke. Silence… Then noise.",
			[]string{"He paused... and then spoke.", "Silence…", "Then noise."},
		},
		{
			"no space after period",
			"Visit example.com. Now.",
			[]string{"Visit example.com.", "Now."},
		},
		{
			"brackets",
			"(He left.) She stayed [at home.] Then slept.",
			[]string{"(He left.)", "She stayed [at home.]", "Then slept."},
		},
		{
			"credit stays with sentence",
			"Dozens were killed in Almaty. (AFP)",
			[]string{"Dozens were killed in Almaty. (AFP)"},
		},
		{
			"heading paragraph",
			"CSTO soldiers deployed\n\nThe troops arrived. They stayed.",
			[]string{"CSTO soldiers deployed", "The troops arrived.", "They stayed."},
		},
		{
			"heading line",
			"Flights halted\nLufthansa stopped regular flights to Almaty on Thursday.",
			[]string{"Flights halted", "Lufthansa stopped regular flights to Almaty on Thursday."},
		},
		{
			"blank line ends unpunctuated sentence",
			" date 2022-01-06 Troops are seen at the main square in Almaty, Kazakhstan on January 6 (REUTERS)\n\nDozens were killed.",
			[]string{"date 2022-01-06 Troops are seen at the main square in Almaty, Kazakhstan on January 6 (REUTERS)", "Dozens were killed."},
		},
		{
			"hard-wrapped paragraph",
			"The demonstrations began in response to a new law that came\ninto effect on January 1. The law ended price controls for\nfuel, sending the cost of gas skyrocketing.",
			[]string{
				"The demonstrations began in response to a new law that came\ninto effect on January 1.",
				"The law ended price controls for\nfuel, sending the cost of gas skyrocketing.",
			},
		},
		{
			"hard-wrapped lines starting upper case",
			"President Kassym-Jomart Tokayev appealed to the Collective Security\nTreaty Organisation, a Moscow-based alliance of six former Soviet\nCountries, for assistance.",
			[]string{"President Kassym-Jomart Tokayev appealed to the Collective Security\nTreaty Organisation, a Moscow-based alliance of six former Soviet\nCountries, for assistance."},
		},
		{
			"lists",
			"Key facts:\n- Protests began on January 2\n- The government\n  resigned\n* Flights halted. Banks shut.\n1. First item\n2) Second item",
			[]string{"Key facts:", "- Protests began on January 2", "- The government\n  resigned", "* Flights halted.", "Banks shut.", "1. First item", "2) Second item"},
		},
		{
			"markdown heading",
			"# Unrest in Almaty\nTroops were deployed. Flights halted.\n## Reaction\nThe EU called for restraint.",
			[]string{"# Unrest in Almaty", "Troops were deployed.", "Flights halted.", "## Reaction", "The EU called for restraint."},
		},
		{
			"crlf",
			"First line.\r\n\r\nSecond line\r\nwrapped here.",
			[]string{"First line.", "Second line\r\nwrapped here."},
		},
		{
			"one paragraph a line",
			"A burned car is seen in front of the mayor's office building which was torched during protests (REUTERS)\nPresident Tokayev appealed for help.",
			[]string{"A burned car is seen in front of the mayor's office building which was torched during protests (REUTERS)", "President Tokayev appealed for help."},
		},
		{
			"lowercase after newline without punctuation",
			"Troops were seen\nmoving on the square",
			[]string{"Troops were seen\nmoving on the square"},
		},
		{"invalid utf-8", "Bad \xff\xfe byte. Next \xe2\x80 one.", []string{"Bad \xff\xfe byte.", "Next \xe2\x80 one."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q) = %d sentences:\n%q\nwant %d:\n%q", tt.text, len(got), got, len(tt.want), tt.want)
			}
			checkSentences(t, tt.text, Sentences(tt.text))
		})
	}
}
