package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress untrusting = ClientAddress.trusting("");
    private final ClientAddress behindProxies = ClientAddress.trusting("10.0.0.5, 10.0.0.6");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", untrusting.limiterKey("203.0.113.7", null));
        assertEquals("203.0.113.7", untrusting.limiterKey("203.0.113.7", "198.51.100.1"));
        assertEquals("10.0.0.5", untrusting.limiterKey("10.0.0.5", "198.51.100.1"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("198.51.100.1", behindProxies.limiterKey("10.0.0.5", "198.51.100.1"));
        // a client cannot choose its address by writing the header itself: the proxy appends the real one
        assertEquals("198.51.100.1", behindProxies.limiterKey("10.0.0.5", "192.0.2.99, 198.51.100.1"));
        // chained trusted proxies are skipped from the right
        assertEquals("198.51.100.1", behindProxies.limiterKey("10.0.0.5", "192.0.2.99, 198.51.100.1, 10.0.0.6"));
    }

    @Test
    void aRequestNotFromATrustedProxyIsCountedByItsPeer() {
        assertEquals("203.0.113.7", behindProxies.limiterKey("203.0.113.7", "198.51.100.1"));
    }

    @Test
    void garbageInTheHeaderIsNeverResolved() {
        assertEquals("10.0.0.5", behindProxies.limiterKey("10.0.0.5", "localhost"));
        assertEquals("10.0.0.5", behindProxies.limiterKey("10.0.0.5", "999.1.1.1"));
        assertEquals("10.0.0.5", behindProxies.limiterKey("10.0.0.5", ""));
        // the nearest untrusted entry counts even if garbage hides further left
        assertEquals("198.51.100.1", behindProxies.limiterKey("10.0.0.5", "evil.example, 198.51.100.1"));
        assertTrue(ClientAddress.literal("example.org").isEmpty());
        assertTrue(ClientAddress.literal("1.2.3.256").isEmpty());
        assertTrue(ClientAddress.literal("12:zz::1").isEmpty());
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        String a = untrusting.limiterKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd", null);
        String b = untrusting.limiterKey("[2001:db8:1:2::1]", null);
        String other = untrusting.limiterKey("2001:db8:1:3::1", null);
        assertEquals("2001:db8:1:2:0:0:0:0/64", a);
        assertEquals(a, b);
        assertEquals("2001:db8:1:3:0:0:0:0/64", other);
        assertEquals("2001:db8:1:2:0:0:0:0/64",
                ClientAddress.trusting("::1").limiterKey("0:0:0:0:0:0:0:1", "2001:db8:1:2::99"));
    }
}
