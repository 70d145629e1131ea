package fetch

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that say how a reader arrived, not
// which page they read.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "ocid": true, "cmpid": true,
	"ref": true, "ref_src": true, "smid": true, "sr_share": true, "share": true,
	"_ga": true, "guccounter": true, "at_medium": true, "at_campaign": true,
	"amp": true, "outputtype": true, "output": true,
}

// CanonicalURL is the identity of a link: lower-case host without
// "www.", "amp." or "m.", no fragment, no tracking parameters, no AMP
// path marker, no trailing slash, the remaining query sorted. Two links
// to the same article usually share it.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(strings.TrimSuffix(host, ":80"), ":443")
	for _, p := range []string{"www.", "amp.", "m."} {
		host = strings.TrimPrefix(host, p)
	}
	path := u.EscapedPath()
	path = strings.TrimSuffix(path, "/amp")
	path = strings.TrimSuffix(path, "/amp/")
	if strings.HasSuffix(path, ".amp.html") {
		path = strings.TrimSuffix(path, ".amp.html") + ".html"
	}
	path = strings.TrimSuffix(path, ".amp")
	path = strings.Replace(path, "/amp/", "/", 1)
	path = strings.TrimRight(path, "/")
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		for _, v := range q[k] {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	out := "https://" + host + path // scheme is not identity: http and https pages are one article
	if len(qs) > 0 {
		out += "?" + strings.Join(qs, "&")
	}
	return out
}

// CleanURL is raw without its fragment and tracking parameters, else as
// it was: the link an article is saved with.
func CleanURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Fragment, u.RawFragment = "", ""
	q := u.Query()
	for k := range q {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}
