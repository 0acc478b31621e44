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
}
