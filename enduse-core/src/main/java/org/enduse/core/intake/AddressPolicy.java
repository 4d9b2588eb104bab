package org.enduse.core.intake;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which hosts a URL may point to. Unless allowed, a host that resolves to any private, loopback,
 * link-local, carrier-grade NAT, unspecified or multicast address is refused, so a report link
 * cannot reach the machine itself or its local network (server-side request forgery).
 */
public final class AddressPolicy {
    private final boolean allowPrivate;

    public AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Resolves the host and refuses it when one of its addresses is not public. */
    public void check(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IntakeException(IntakeFailure.NETWORK, "cannot resolve host " + host, e);
        }
        if (allowPrivate) return;
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new IntakeException(IntakeFailure.FORBIDDEN_ADDRESS, "host " + host + " resolves to the non-public address "
                        + address.getHostAddress() + " (private, loopback and link-local addresses are refused unless allowed)");
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff, second = b[1] & 0xff;
            if (first == 0 || first >= 240) return false;                      // "this network", reserved, broadcast
            if (first == 100 && second >= 64 && second <= 127) return false;  // carrier-grade NAT 100.64/10
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return false; // IETF protocol assignments
            if (first == 198 && (second == 18 || second == 19)) return false;  // benchmarking
            return true;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return false;                           // unique local fc00::/7
            if (isMapped(b)) {                                                 // ::ffff:a.b.c.d carries an IPv4 address
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMapped(byte[] b) {
        for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
