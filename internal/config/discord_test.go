package config

import (
	"strings"
	"testing"
)

func TestValidateDiscord(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Discord)
		want []string // keys named in the error; none for valid
	}{
		{"defaults", func(*Discord) {}, nil},
		{"local fake", func(d *Discord) { d.APIURL = "http://127.0.0.1:1234/api/v9/" }, nil},
		{"ids", func(d *Discord) {
			d.GuildIDs, d.AllowedChannels = []string{"300000000000000001"}, []string{"300000000000000002"}
		}, nil},
		{"zero budget defers always", func(d *Discord) { d.ReplyBudget = "0s" }, nil},
		{"bad url", func(d *Discord) { d.APIURL = "discord.com/api" }, []string{"discord.api_url"}},
		{"ws url", func(d *Discord) { d.APIURL = "ws://127.0.0.1/api/v9" }, []string{"discord.api_url"}},
		{"bad ids", func(d *Discord) {
			d.GuildIDs, d.AllowedChannels = []string{"general"}, []string{"<#1>"}
		}, []string{"discord.guild_ids", "discord.allowed_channels"}},
		{"everything wrong", func(d *Discord) {
			d.RateLimit, d.RateWindow, d.MaxQuestionChars = -1, "soon", 5
			d.ReplyBudget, d.ShutdownGrace, d.DataDir = "3s", "-1s", " "
		}, []string{"discord.rate_limit", "discord.rate_window", "discord.max_question_chars",
			"discord.reply_budget", "discord.shutdown_grace", "discord.data_dir"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.edit(&c.Discord)
			err := c.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want errors naming %v", tt.want)
			}
			for _, key := range tt.want {
				if !strings.Contains(err.Error(), key+":") {
					t.Errorf("Validate() = %v, want it to name %s", err, key)
				}
			}
			if n := len(strings.Split(err.Error(), "\n")); n != len(tt.want) {
				t.Errorf("Validate() gave %d problems, want %d: %v", n, len(tt.want), err)
			}
		})
	}
}

func TestDiscordWithEnv(t *testing.T) {
	d := DefaultDiscord()
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == EnvDiscordAPIURL {
				return v
			}
			return ""
		}
	}
	if got := d.WithEnv(env("")).APIURL; got != DefaultDiscordAPIURL {
		t.Errorf("WithEnv(unset).APIURL = %q, want %q", got, DefaultDiscordAPIURL)
	}
	if got := d.WithEnv(env("http://127.0.0.1:9/api/v9")).APIURL; got != "http://127.0.0.1:9/api/v9" {
		t.Errorf("WithEnv(set).APIURL = %q, want the override", got)
	}
}

// spacebarToken has the shape of a Spacebar bot token: an ES512 JWT of
// 408 characters, three base64url parts joined by dots.
var spacebarToken = strings.Repeat("e", 36) + "." + strings.Repeat("p", 200) + "." + strings.Repeat("s", 170)

func TestDiscordToken(t *testing.T) {
	const real = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"
	tests := []struct {
		name, value, want string
		ok                bool
	}{
		{"real shape", real, real, true},
		{"bot prefix and newline", "Bot " + real + "\n", real, true},
		{"short test token", "test-token", "test-token", true},
		{"missing", "", "", false},
		{"blank", "   ", "", false},
		{"quoted", `"` + real + `"`, "", false},
		{"inner space", "abc def ghi jkl", "", false},
		{"short", "abc", "abc", true},
		{"408-character JWT (Spacebar)", spacebarToken, spacebarToken, true},
		{"tab inside", "abc\tdef", "", false},
		{"single-quoted", "'abc.def'", "", false},
		{"non-ascii", "tökenwithumlaut", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DiscordToken(func(k string) string {
				if k == EnvDiscordToken {
					return tt.value
				}
				return ""
			})
			if (err == nil) != tt.ok || got != tt.want {
				t.Fatalf("DiscordToken(%q) = %q, %v; want %q, ok=%v", tt.value, got, err, tt.want, tt.ok)
			}
			if err != nil {
				msg := err.Error()
				if !strings.Contains(msg, EnvDiscordToken) || strings.Contains(msg, "\n") {
					t.Errorf("error = %q, want one line naming %s", msg, EnvDiscordToken)
				}
				if v := strings.TrimSpace(tt.value); len(v) > 3 && strings.Contains(msg, v) {
					t.Errorf("error = %q contains the token", msg)
				}
			}
		})
	}
}
