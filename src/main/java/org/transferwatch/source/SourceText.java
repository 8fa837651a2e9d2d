package org.transferwatch.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keys by which the same source is recognised twice: its URL normalised (scheme and host in lower
 * case, no "www.", no fragment, no tracking parameters, no trailing slash) and a hash of its text with
 * white space and case folded.
 */
public final class SourceText {

    private SourceText() {
    }

    /** The normalised URL, or empty when the text is not an absolute http(s) URL. */
    public static Optional<String> normaliseUrl(String url) {
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            var host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            var port = uri.getPort() == -1 || uri.getPort() == 80 || uri.getPort() == 443 ? "" : ":" + uri.getPort();
            var path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            var query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isBlank())
                .filter(parameter -> !parameter.toLowerCase(Locale.ROOT).matches("(utm_[a-z]+|fbclid|gclid|mc_[a-z]+)(=.*)?"))
                .sorted()
                .collect(Collectors.joining("&"));
            return Optional.of("https://" + host + port + path + (query.isEmpty() ? "" : "?" + query));
        }
        catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The SHA-256 of the text with white space folded (ends stripped, every run one space) and case ignored: how
     * the same text is recognised when it was pasted again with other line breaks or capitals.
     */
    public static String contentHash(String content) {
        return sha256(content.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** The SHA-256 of the text exactly as captured, of its UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
