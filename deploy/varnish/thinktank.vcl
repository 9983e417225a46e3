# The production front: Varnish 7 with the xkey module (Debian: varnish,
# varnish-modules) in front of every app instance.
#
# scripts/topology.mjs fills the @@…@@ placeholders (backends, purge secret)
# and runs this same file for the tests and the benchmark, so what is tested is
# what ships. By hand: replace them and start
#   varnishd -a :80 -f /etc/varnish/thinktank.vcl -s malloc,1g
#
# How a page stays fresh although it is cached for hours:
#  - the app names the cache tags each public page was built from in its
#    `xkey` response header (lib/cache/handler.mjs);
#  - after every write the app sends `PURGE` with the affected tags in
#    `xkey-purge` (lib/publishing/front.ts) and this front drops exactly the
#    pages filed under them, on every front listed in FRONT_PURGE_URLS.
# A purge is accepted only from the addresses in `purgers` AND with the shared
# secret (FRONT_PURGE_SECRET); anyone else gets 403.
#
# The same headers on a CDN: Fastly reads tags from `Surrogate-Key` and purges
# with POST /service/<id>/purge and a `Surrogate-Key` header; Cloudflare reads
# `Cache-Tag` and purges with POST /zones/<id>/purge_cache {"tags": [...]}.
# Rename the header (or copy it in this VCL) and point FRONT_PURGE_URLS at a
# small adapter that calls that API.
vcl 4.1;

import std;
import xkey;
import directors;

@@BACKENDS@@

acl purgers {
@@PURGERS@@
}

sub vcl_init {
    new apps = directors.round_robin();
@@DIRECTOR@@
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    if (req.method == "PURGE") {
        if (!(client.ip ~ purgers) || req.http.x-purge-secret != "@@SECRET@@") {
            return (synth(403, "Purge refused"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the keys to purge in xkey-purge"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }

    # Staff, preview, forms (server actions), the admin and the APIs never
    # touch the cache.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api)(/|\?|$)") {
        return (pass);
    }
    if (req.http.Cookie ~ "better-auth\.session_token|__prerender_bypass|__next_preview_data") {
        return (pass);
    }
    # Readers carry no cookie the pages depend on: one copy serves them all.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (bereq.url ~ "^/_next/static/") {
        set beresp.ttl = 365d;
        return (deliver);
    }
    # A page filed under cache tags is purged the moment a write changes it, so
    # it may stay for hours whatever its own Cache-Control says. The bound is
    # the safety net for a purge that never arrived (a front that was down).
    if (beresp.http.xkey ~ "." && beresp.http.Cache-Control !~ "private|no-store" && (beresp.status == 200 || beresp.status == 404 || beresp.status == 301 || beresp.status == 308)) {
        set beresp.ttl = 6h;
        set beresp.grace = 0s;
        return (deliver);
    }
    # Anything else public (feeds, sitemaps, renders not yet filed under tags)
    # follows its Cache-Control, which Varnish reads on its own.
    return (deliver);
}

sub vcl_deliver {
    # The tags are for fronts, not for readers.
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
