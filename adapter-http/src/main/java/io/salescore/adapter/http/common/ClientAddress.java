package io.salescore.adapter.http.common;

import io.javalin.http.Context;

import java.util.Set;

/**
 * The caller's network address for the audit log: the peer, or the nearest untrusted address of
 * {@code X-Forwarded-For} when the peer is one of {@code POS_TRUSTED_PROXIES}; and the origin the caller used
 * (for absolute links such as a list's {@code next}), from {@code X-Forwarded-Proto}/{@code -Host} only when
 * the peer is a trusted proxy.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /** {@code scheme://host[:port]} as the caller addressed this server. */
    public String origin(Context ctx) {
        boolean trusted = trustedProxies.contains(ctx.req().getRemoteAddr());
        String scheme = trusted ? first(ctx.header("X-Forwarded-Proto")) : null;
        String host = trusted ? first(ctx.header("X-Forwarded-Host")) : null;
        if (scheme == null || !scheme.matches("^https?$")) {
            scheme = ctx.scheme();
        }
        if (host == null || !HOST.matcher(host).matches()) {
            host = ctx.host();
        }
        if (host == null || !HOST.matcher(host).matches()) {
            host = ctx.req().getLocalName() + ":" + ctx.req().getLocalPort();
        }
        return scheme + "://" + host;
    }

    /** A host name or address with an optional port: nothing that could turn a link into another URL. */
    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?$");

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        String value = header.split(",")[0].strip();
        return value.isEmpty() ? null : value;
    }

    public String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
