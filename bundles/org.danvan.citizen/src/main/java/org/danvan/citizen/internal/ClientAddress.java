package org.danvan.citizen.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who is asking, for the look-up limiter. The address is the servlet's remote address — the TCP peer. Behind a
 * reverse proxy that is the proxy, and all citizens share one limit, unless the proxy is listed in
 * {@code trustedProxies}: only then is {@code X-Forwarded-For} read, from the right, skipping trusted proxies, and
 * the first other address taken. A header from anyone else is ignored, since a client can write whatever it likes
 * there.
 * <p>
 * IPv6 clients are limited per /64 network: one subscriber usually gets a whole /64 and could otherwise change
 * address for every guess.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<String> trustedProxies;

    /** @param trustedProxies addresses of reverse proxies whose X-Forwarded-For is believed; may be empty */
    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddress::literal).flatMap(Optional::stream)
                .map(InetAddress::getHostAddress).collect(Collectors.toUnmodifiableSet());
    }

    /** Parses the configuration value: addresses separated by commas or blanks. */
    static ClientAddress trusting(String trustedProxies) {
        return new ClientAddress(trustedProxies == null ? Set.of()
                : Arrays.stream(trustedProxies.split("[,\\s]+")).filter(s -> !s.isBlank())
                        .collect(Collectors.toSet()));
    }

    /**
     * The key the limiter counts under.
     *
     * @param remoteAddress the servlet request's remote address
     * @param forwardedFor the {@code X-Forwarded-For} header, or {@code null}
     */
    String limiterKey(String remoteAddress, String forwardedFor) {
        Optional<InetAddress> peer = literal(remoteAddress);
        if (peer.isEmpty()) {
            // not an address literal (never from a servlet container); counted as is, never resolved
            return remoteAddress == null ? "unknown" : remoteAddress.toLowerCase(Locale.ROOT);
        }
        InetAddress client = peer.get();
        if (forwardedFor != null && trustedProxies.contains(client.getHostAddress())) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops[i].trim());
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
                if (!trustedProxies.contains(client.getHostAddress())) {
                    break;
                }
            }
        }
        return key(client);
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address.getHostAddress();
    }

    /** An IP address literal, parsed without any name look-up; empty for anything else. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.trim();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        int scope = candidate.indexOf('%');
        if (scope >= 0) {
            candidate = candidate.substring(0, scope);
        }
        try {
            if (IPV4.matcher(candidate).matches()) {
                // built from the bytes: InetAddress.getByName would ask DNS about e.g. 999.1.1.1
                byte[] octets = new byte[4];
                String[] parts = candidate.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(parts[i]);
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    octets[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(octets));
            }
            // a text with a colon is parsed as an IPv6 literal only, never looked up
            return IPV6.matcher(candidate).matches() ? Optional.of(InetAddress.getByName(candidate))
                    : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
