package io.salescore.adapter.http.common;

import io.javalin.http.Context;
import io.salescore.domain.shared.ExpectedVersion;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strong ETags of sales ({@code "<version>"}) and the {@code If-Match} condition: {@code *}, or a list of tags
 * compared strongly. A weak ({@code W/"3"}) or malformed tag never matches.
 */
public final class Versions {

    private static final Pattern STRONG = Pattern.compile("^\"(\\d{1,18})\"$");

    private Versions() {
    }

    public static Optional<ExpectedVersion> ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null) {
            return Optional.empty();
        }
        if (header.strip().equals("*")) {
            return Optional.of(ExpectedVersion.anyVersion());
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String tag : header.split(",")) {
            Matcher m = STRONG.matcher(tag.strip());
            if (m.matches()) {
                versions.add(Long.parseLong(m.group(1)));
            }
        }
        return Optional.of(new ExpectedVersion(false, versions));
    }

    public static void etag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }
}
