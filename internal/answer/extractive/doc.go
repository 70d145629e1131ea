// Package extractive is the offline composer: it answers from the
// retrieved passages themselves, with no model and no network.
//
// It reads the question (Analyze: the answer type, the names, years and
// figures an answer must contain, the parts of a two-part question),
// verifies each sentence of the passages with the one it continues
// against it (verify: every constraint met, enough of the question
// covered, an answer of the asked type in words the question does not
// already use), and quotes the best verified sentence first, adding a
// sentence only for another part, another report's version or the other
// side of a contested yes/no question. With no verified sentence it
// abstains. Figures the reports disagree on and names spelled two ways
// are stated with each version cited (DetectDisagreements finds them for
// the llm composer too).
package extractive
