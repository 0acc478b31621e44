package fr.paysdelaloire.emploiformation.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Which receiver URLs a subscription accepts. Plain Java. */
public final class WebhookUrls {

    private WebhookUrls() {
    }

    /** Why {@code url} is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String url, boolean allowHttp, boolean allowPrivateAddresses) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute URL, e.g. https://partner.example/webhooks/emploi-formation");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute http(s) URL with a host, e.g. https://partner.example/webhooks/emploi-formation");
        }
        if (scheme.equals("http") && !allowHttp) {
            return Optional.of("must use https: deliveries carry signed events over TLS only");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not carry credentials or a fragment");
        }
        if (!allowPrivateAddresses && isPrivateHost(uri.getHost())) {
            return Optional.of("must point to a public host, not a loopback, private or link-local address");
        }
        return Optional.empty();
    }

    /** Loopback, private, link-local, unspecified or multicast: not a partner's public receiver. */
    public static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // carrier-grade NAT 100.64.0.0/10
    }

    private static boolean isPrivateHost(String host) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (name.equalsIgnoreCase("localhost") || name.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false; // a name: checked again on each delivery, once resolved
        }
        try {
            return isPrivate(InetAddress.getByName(name)); // a literal address: no lookup
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }
}
