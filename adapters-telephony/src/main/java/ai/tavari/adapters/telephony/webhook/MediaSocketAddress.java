package ai.tavari.adapters.telephony.webhook;

import ai.tavari.adapters.telephony.media.VoximplantMediaEndpoint;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the scenario opens the media socket: {@code ws(s)://<public host>/media/voximplant?token=…}.
 * The public URL ({@code tavari.public.url}) wins, because behind a proxy the request's own
 * address is the internal one; without it the webhook request's address is used.
 */
public record MediaSocketAddress(String socketUrl) {
    /** The media socket's path below the public URL; must match the media endpoint's. */
    public static final String PATH = VoximplantMediaEndpoint.PATH;

    public MediaSocketAddress {
        Objects.requireNonNull(socketUrl, "socketUrl");
    }

    /**
     * @param publicUrl  the configured public base URL (http, https, ws or wss), possibly with a path prefix
     * @param requestBase scheme, host, port and context path of the webhook request, e.g. {@code http://host:8080/}
     * @throws IllegalArgumentException if the public URL is not an absolute http(s) or ws(s) URL
     */
    public static MediaSocketAddress of(Optional<String> publicUrl, URI requestBase) {
        URI base = publicUrl.filter(url -> !url.isBlank()).map(url -> URI.create(url.strip())).orElse(requestBase);
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        String socketScheme = switch (scheme) {
            case "http", "ws" -> "ws";
            case "https", "wss" -> "wss";
            default -> throw new IllegalArgumentException("the public URL must be an absolute http(s) URL: " + base);
        };
        if (base.getRawAuthority() == null) {
            throw new IllegalArgumentException("the public URL has no host: " + base);
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new MediaSocketAddress(socketScheme + "://" + base.getRawAuthority() + path + PATH);
    }

    /** The URL the scenario connects to with {@code token}. */
    public String withToken(String token) {
        return socketUrl + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
