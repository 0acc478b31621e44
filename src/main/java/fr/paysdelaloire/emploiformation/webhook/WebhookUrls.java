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

    /**
     * Not a partner's public receiver: loopback, private, link-local, unspecified, multicast; the IPv4 ranges reserved
     * for this network, the IETF protocol assignments, documentation, benchmarking, carrier-grade NAT and future use
     * (0.0.0.0/8, 192.0.0.0/24, 192.0.2.0/24, 198.18.0.0/15, 198.51.100.0/24, 203.0.113.0/24, 100.64.0.0/10,
     * 240.0.0.0/4); in IPv6, unique local and site-local addresses, documentation (2001:db8::/32), discard-only
     * (100::/64), and the forms that carry an IPv4 address — IPv4-compatible (::/96), IPv4-mapped, NAT64
     * (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32) — which would reach an IPv4 host past
     * these checks.
     */
    public static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address v6) {
            if (v6.isIPv4CompatibleAddress() || isMapped(b)) {
                return true;
            }
            int first = (b[0] & 0xff) << 8 | b[1] & 0xff;
            int second = (b[2] & 0xff) << 8 | b[3] & 0xff;
            return (b[0] & 0xfe) == 0xfc // unique local fc00::/7
                    || first == 0x64 && second == 0xff9b // NAT64 64:ff9b::/96 and 64:ff9b:1::/48
                    || first == 0x2002 // 6to4
                    || first == 0x2001 && second == 0 // Teredo 2001::/32
                    || first == 0x2001 && second == 0x0db8 // documentation
                    || first == 0x0100 && second == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0; // discard-only
        }
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        int o3 = b[2] & 0xff;
        return o1 == 0 // "this network"
                || o1 == 100 && (o2 & 0xc0) == 64 // carrier-grade NAT 100.64.0.0/10
                || o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2) // IETF protocol assignments, TEST-NET-1
                || o1 == 198 && (o2 & 0xfe) == 18 // benchmarking 198.18.0.0/15
                || o1 == 198 && o2 == 51 && o3 == 100 // TEST-NET-2
                || o1 == 203 && o2 == 0 && o3 == 113 // TEST-NET-3
                || o1 >= 240; // reserved for future use, and the broadcast address
    }

    /**
     * The address to connect to among those {@code host} resolved to: the first, once every one of them is public (a
     * name that also resolves to a private address is refused whole). The connection then goes to that address,
     * never to a second resolution of the name (DNS rebinding).
     */
    public static InetAddress pinned(String host, InetAddress[] resolved, boolean allowPrivateAddresses) {
        if (resolved == null || resolved.length == 0) {
            throw new IllegalArgumentException("the URL's host " + host + " resolves to no address");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : resolved) {
                if (isPrivate(address)) {
                    throw new IllegalArgumentException("the URL's host resolves to a private or reserved address; deliveries go "
                            + "to public addresses only");
                }
            }
        }
        return resolved[0];
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
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
