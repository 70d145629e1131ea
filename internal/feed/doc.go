// Package feed follows news feeds: it polls RSS and Atom feeds with
// conditional requests, keeps the items that match the operator's
// keywords, adds each new item's article through fetch.Adder, and
// records every feed's state (validators, last fetch, items added, last
// error) in a small JSON file that `bot feeds` reads.
package feed
