package testkit

// A small corpus of three articles about one event, for tests of loading,
// reloading and answering: two with front matter, one without, each long
// enough for a few passages when cut small.
var (
	// FuelArticle reports the protests (front matter, dated 2022-01-04).
	FuelArticle = `+++
title = "Fuel price protests spread"
outlet = "Test Wire"
date = 2022-01-04
+++
Protests began in the oil town of Zhanaozen after the price of liquefied gas doubled on New Year's Day.
Drivers said the new price made it impossible to run their cars. The demonstrations spread to Aktau within a day.
By Tuesday evening thousands of people had gathered in the main square of Almaty.
`
	// TroopsArticle reports the troops sent (front matter, dated 2022-01-06).
	TroopsArticle = `+++
title = "Alliance sends troops"
outlet = "Example Post"
date = 2022-01-06
+++
A Russia-led military alliance agreed to send peacekeeping troops after the president asked for help.
The first units landed at the airport on Thursday morning. Officials said the troops would guard government buildings.
`
	// CabinetArticle has no front matter.
	CabinetArticle = `The cabinet resigned on Wednesday as the unrest grew.
The president accepted the resignation and appointed an acting prime minister the same day.
`
)
