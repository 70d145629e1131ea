package discord

import (
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// checkLimits fails t when data breaks one of Discord's limits or could
// ping anyone.
func checkLimits(t *testing.T, data *discordgo.InteractionResponseData) {
	t.Helper()
	if am := data.AllowedMentions; am == nil || am.Parse == nil || len(am.Parse) != 0 || am.RepliedUser || len(am.Users)+len(am.Roles) > 0 {
		t.Errorf("allowed_mentions = %+v, want parse [] and nothing else", am)
	}
	if n := units(data.Content); n > maxContent {
		t.Errorf("content has %d units, over %d", n, maxContent)
	}
	total := 0
	for _, e := range data.Embeds {
		total += embedUnits(e)
		checkLen(t, "title", e.Title, maxEmbedTitle)
		checkLen(t, "description", e.Description, maxEmbedDesc)
		if len(e.Fields) > maxFields {
			t.Errorf("%d fields, over %d", len(e.Fields), maxFields)
		}
		for _, f := range e.Fields {
			checkLen(t, "field name", f.Name, maxFieldName)
			checkLen(t, "field value", f.Value, maxFieldValue)
		}
		if e.Footer != nil {
			checkLen(t, "footer", e.Footer.Text, maxFooter)
		}
	}
	if total > maxEmbedTotal {
		t.Errorf("embeds total %d units, over %d", total, maxEmbedTotal)
	}
	if len(data.Components) > maxRowsPerMessage {
		t.Errorf("%d rows, over %d", len(data.Components), maxRowsPerMessage)
	}
	for _, row := range data.Components {
		r := row.(discordgo.ActionsRow)
		if len(r.Components) > maxButtonsPerRow {
			t.Errorf("%d buttons in a row, over %d", len(r.Components), maxButtonsPerRow)
		}
		for _, c := range r.Components {
			b := c.(discordgo.Button)
			checkLen(t, "custom_id", b.CustomID, maxCustomID)
			checkLen(t, "label", b.Label, maxButtonLabel)
		}
	}
	raw, _ := json.Marshal(data)
	if reMention := regexp.MustCompile(`@everyone|@here|<@[!&]?\d`); reMention.Match(raw) {
		t.Errorf("message contains a live mention: %s", reMention.Find(raw))
	}
}

func checkLen(t *testing.T, what, s string, max int) {
	t.Helper()
	if n := units(s); n > max {
		t.Errorf("%s has %d units, over %d: %.60q…", what, n, max, s)
	}
}

// checkCitations fails t unless the answer's markers, its source fields
// and its passage buttons name the same citations.
func checkCitations(t *testing.T, data *discordgo.InteractionResponseData) {
	t.Helper()
	e := data.Embeds[0]
	var inText, inFields, onButtons []int
	for _, m := range reMarker.FindAllStringSubmatch(e.Description, -1) {
		n, _ := strconv.Atoi(m[1])
		if !slices.Contains(inText, n) {
			inText = append(inText, n)
		}
	}
	for _, f := range e.Fields {
		n, _ := strconv.Atoi(strings.TrimPrefix(strings.SplitN(f.Name, "]", 2)[0], "["))
		inFields = append(inFields, n)
	}
	for _, row := range data.Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			if p, ok := parsePassageID(c.(discordgo.Button).CustomID); ok {
				onButtons = append(onButtons, p.N)
			}
		}
	}
	slices.Sort(inText)
	slices.Sort(inFields)
	slices.Sort(onButtons)
	if !slices.Equal(inText, inFields) || !slices.Equal(inText, onButtons) {
		t.Errorf("markers %v, source fields %v, passage buttons %v: want the same citations", inText, inFields, onButtons)
	}
}
