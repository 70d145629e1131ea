package synth

// The vocabulary of the generated articles: general news English written
// for this package, no article's text.

var topics = []string{
	"the fuel price rise", "the flood", "the election", "the strike", "the bridge collapse",
	"the water shortage", "the wildfire", "the port blockade", "the budget vote", "the mine accident",
	"the rail strike", "the drought", "the power cut", "the tax reform", "the border dispute",
}

var actors = []string{
	"protesters", "police", "the government", "the army", "rescuers", "doctors", "farmers",
	"teachers", "miners", "the city council", "the opposition", "union leaders", "residents",
	"firefighters", "the ministry", "investigators", "volunteers", "truck drivers", "students",
}

var titleVerbs = []string{
	"gather", "clash", "protest", "respond", "march", "negotiate", "evacuate", "rebuild", "vote", "strike",
}

var places = []string{
	"Ardena", "Belmora", "Castovia", "Dravik", "Elmstead", "Fennwick", "Galdor", "Harrowgate",
	"Istrana", "Jorvale", "Kestrel Bay", "Lunmark", "Marlow", "Norbridge", "Oskaville", "Pellham",
	"Quarry Hill", "Ravensholt", "Solvang", "Tarnow", "Ulvik", "Varden", "Westmere", "Yarrow",
}

var outlets = []string{
	"Daily Courier", "Evening Ledger", "Northern Post", "City Wire", "Morning Herald", "Regional Times",
}

var firstNames = []string{
	"Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Irina", "Jonas",
	"Karim", "Lena", "Marat", "Nadia", "Oleg", "Petra", "Rustam", "Sofia", "Timur", "Vera",
}

var lastNames = []string{
	"Abbott", "Berg", "Castillo", "Demir", "Eriksen", "Fischer", "Gromov", "Holm", "Ivanova",
	"Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi",
}

var objects = []string{
	"government buildings", "the main square", "the airport", "the central station", "the hospital",
	"the power plant", "the market", "the harbour", "the city hall", "the highway", "schools",
}

var quotes = []string{
	"We will not leave until our demands are met",
	"The situation is under control",
	"Nobody expected it to happen so fast",
	"We need help from the whole country",
	"The investigation will take several weeks",
	"Prices have doubled since last year",
	"Our families cannot live like this",
	"Order will be restored by the end of the week",
}

var templates = []string{
	"{A} gathered near {O} in {P} on {W} to protest against {T}.",
	"At least {N} people were detained in {P}, {A} said.",
	"{S}, a spokesperson for {A}, said \"{Q}.\"",
	"\"{Q},\" said {S}, who leads {A} in {P}.",
	"The crisis over {T} began on {D}, when {A} blocked {O}.",
	"More than {N} {A} were injured in clashes near {O}.",
	"Officials in {P} estimated the damage at {N} million dollars.",
	"{A} and {A} met on {W} evening but failed to agree on {T}.",
	"By {D}, {N} families had left {P} because of {T}.",
	"Witnesses said {A} used tear gas outside {O} late on {W}.",
	"The authorities declared a state of emergency in {P} on {D}.",
	"{S} told reporters that {N} officers had been sent to {P}.",
	"Internet access was cut across {P} for {N} hours.",
	"The talks about {T} will resume in {P} next week, {A} said.",
	"Early on {W}, {A} reopened {O} after {N} days of closure.",
	"Analysts said {T} had exposed deep problems in {P}.",
	"Shops near {O} stayed closed as {A} patrolled the streets.",
	"{N} flights were cancelled at the airport of {P} on {D}.",
	"{A} demanded the resignation of the governor of {P}.",
	"The death toll from {T} rose to {N}, {A} said on {W}.",
}
