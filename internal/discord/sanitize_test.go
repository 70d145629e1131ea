package discord

import "testing"

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hello", "hello"},
		{"@everyone look", "@\u200beveryone look"},
		{"@HERE and @here", "@\u200bHERE and @\u200bhere"},
		{"ask <@123> or <@!456> or <@&789>", "ask <@\u200b123> or <@\u200b!456> or <@\u200b&789>"},
		{"mail me@example.com", "mail me@example.com"},
		{"<#123> is a channel", "<#123> is a channel"},
		{"<@\u200b123> twice", "<@\u200b123> twice"},
	}
	for _, tt := range tests {
		if got := neutralize(tt.in); got != tt.want {
			t.Errorf("neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := neutralize(neutralize(tt.in)); got != tt.want {
			t.Errorf("neutralize twice (%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain [1].", "plain [1]."},
		{"*bold* _it_ ~s~ `c` |sp|", `\*bold\* \_it\_ \~s\~ ` + "\\`c\\`" + ` \|sp\|`},
		{"[click](http://x)", `[click]\(http://x)`},
		{"# head\n> quote\n - item", "\\# head\n\\> quote\n \\- item"},
		{`back\slash`, `back\\slash`},
		{"well-known 3-2", "well-known 3-2"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := plain(safe(tt.in)); got != tt.in {
			t.Errorf("plain(safe(%q)) = %q, want it back", tt.in, got)
		}
	}
}
