package fr.paysdelaloire.emploiformation.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    @Test
    void productionAcceptsHttpsOnPublicHostsOnly() {
        assertEquals(Optional.empty(), WebhookUrls.problem("https://api.nosemplois.fr/webhooks", false, false));
        assertEquals(Optional.empty(), WebhookUrls.problem("https://93.184.216.34:8443/hooks?x=1", false, false));
        for (String refused : new String[] { "http://api.nosemplois.fr/webhooks", "https://localhost/x", "https://127.0.0.1/x",
                "https://10.1.2.3/x", "https://192.168.0.10/x", "https://172.16.5.4/x", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x", "https://100.64.0.1/x", "https://user:pw@host.example/x",
                "https://host.example/x#frag", "ftp://host.example/x", "/relative", "https:///nohost", "not a url" }) {
            assertTrue(WebhookUrls.problem(refused, false, false).isPresent(), refused);
        }
    }

    @Test
    void devAndTestsMayUseALocalReceiver() {
        assertEquals(Optional.empty(), WebhookUrls.problem("http://127.0.0.1:8089/hooks", true, true));
        assertTrue(WebhookUrls.problem("ftp://127.0.0.1/hooks", true, true).isPresent());
    }

    /**
     * Issue #17 (8): the filter let through IPv4-compatible and NAT64 IPv6 forms and 192.0.0.0/24, 198.18.0.0/15 and
     * 240.0.0.0/4, each of which reaches a host this side of the network or a reserved range.
     */
    @Test
    void reservedRangesAndIpv6FormsCarryingAnIpv4AddressAreRefused() throws Exception {
        for (String refused : new String[] { "https://[::127.0.0.1]/x", "https://[::10.0.0.1]/x", "https://[::8.8.8.8]/x",
                "https://[64:ff9b::10.0.0.1]/x", "https://[64:ff9b::808:808]/x", "https://[64:ff9b:1::1]/x",
                "https://[2002:7f00:1::1]/x", "https://[2001:0:4136:e378::1]/x", "https://[2001:db8::1]/x", "https://[100::1]/x",
                "https://[::ffff:127.0.0.1]/x", "https://[fec0::1]/x",
                "https://192.0.0.8/x", "https://192.0.2.1/x", "https://198.18.0.1/x", "https://198.19.255.254/x",
                "https://198.51.100.7/x", "https://203.0.113.9/x", "https://240.0.0.1/x", "https://255.255.255.255/x",
                "https://0.1.2.3/x", "https://100.127.255.1/x" }) {
            assertTrue(WebhookUrls.problem(refused, false, false).isPresent(), refused);
        }
        for (String accepted : new String[] { "https://198.20.0.1/x", "https://192.0.3.1/x", "https://239.255.255.255.example/x",
                "https://[2a01:e0a:1::1]/x", "https://100.128.0.1/x", "https://223.255.255.1/x" }) {
            assertEquals(Optional.empty(), WebhookUrls.problem(accepted, false, false), accepted);
        }
    }

    @Test
    void theConnectionGoesToAnAddressCheckedOnceAndANameResolvingToAnyPrivateOneIsRefused() throws Exception {
        java.net.InetAddress publicOne = java.net.InetAddress.getByName("93.184.216.34");
        java.net.InetAddress privateOne = java.net.InetAddress.getByName("10.0.0.1");
        assertEquals(publicOne, WebhookUrls.pinned("partner.example", new java.net.InetAddress[] { publicOne }, false));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WebhookUrls.pinned("partner.example", new java.net.InetAddress[] { publicOne, privateOne }, false));
        assertTrue(refused.getMessage().contains("private"));
        assertEquals(privateOne, WebhookUrls.pinned("receiver.test", new java.net.InetAddress[] { privateOne }, true));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WebhookUrls.pinned("nowhere.example", new java.net.InetAddress[0], true));
    }
}
