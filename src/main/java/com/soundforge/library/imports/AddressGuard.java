package com.soundforge.library.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Refuses hosts that resolve to this machine, a private network or a special-purpose range, so imports cannot be
 * used to reach internal services (SSRF). A host is refused when any of its addresses is refused, and callers
 * connect to the addresses checked here ({@link #resolve}) instead of resolving the name a second time.
 */
final class AddressGuard {

    /** The production guard: no exceptions. */
    static final AddressGuard STRICT = new AddressGuard(List.of());

    /** What {@code sfa.import.allow-private-addresses=true} asks for: every address is let through. */
    static final AddressGuard OPEN = allowing(List.of("0.0.0.0/0", "::/0"));

    private static final List<AddressRange> REFUSED_V4 = AddressRange.all(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.168.0.0/16",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4");

    // Teredo (2001::/32) and local-use NAT64 (64:ff9b:1::/48) are refused whole: the IPv4 address they lead to is
    // chosen by a relay or a local translator, not by the address itself.
    private static final List<AddressRange> REFUSED_V6 = AddressRange.all(
            "::/128",
            "::1/128",
            "100::/64",
            "2001::/32",
            "2001:db8::/32",
            "2001:10::/28",
            "64:ff9b:1::/48",
            "fc00::/7",
            "fe80::/10",
            "fec0::/10",
            "ff00::/8");

    // IPv6 forms that carry an IPv4 address in the last 32 bits: IPv4-compatible, IPv4-mapped, SIIT, NAT64.
    private static final List<AddressRange> IPV4_IN_LAST_32_BITS =
            AddressRange.all("::/96", "::ffff:0:0/96", "::ffff:0:0:0/96", "64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

    private final List<AddressRange> exceptions;

    private AddressGuard(List<AddressRange> exceptions) {
        this.exceptions = exceptions;
    }

    /** A guard that lets the given ranges through although they are private; only tests need one. */
    static AddressGuard allowing(List<String> cidrs) {
        return new AddressGuard(cidrs.stream().map(AddressRange::parse).toList());
    }

    /** Refuses a host any of whose addresses is private or local. */
    static void requirePublic(String host) throws ImportException {
        STRICT.resolve(host);
    }

    /** Resolves the host once and returns its addresses, all of them checked. */
    List<InetAddress> resolve(String host) throws ImportException {
        try {
            return check(host, Arrays.asList(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            throw new ImportException(ImportFailure.BAD_URL, "The host " + host + " is unknown.");
        }
    }

    List<InetAddress> check(String host, List<InetAddress> addresses) throws ImportException {
        for (InetAddress address : addresses) {
            if (refuses(address)) {
                throw new ImportException(
                        ImportFailure.BAD_URL,
                        "Imports from private or local addresses are not " + "allowed (" + host + " is "
                                + address.getHostAddress() + ").");
            }
        }
        return addresses;
    }

    private boolean refuses(InetAddress address) {
        byte[] bytes = address.getAddress();
        return isPrivate(address) && exceptions.stream().noneMatch(range -> range.contains(bytes));
    }

    static boolean isPrivate(InetAddress address) {
        return isPrivate(address.getAddress());
    }

    private static boolean isPrivate(byte[] bytes) {
        if (bytes.length == 4) {
            return REFUSED_V4.stream().anyMatch(range -> range.contains(bytes));
        }
        if (REFUSED_V6.stream().anyMatch(range -> range.contains(bytes))) {
            return true;
        }
        if (IPV4_IN_LAST_32_BITS.stream().anyMatch(range -> range.contains(bytes))) {
            return isPrivate(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isPrivate(Arrays.copyOfRange(bytes, 2, 6));
        }
        return false;
    }
}
