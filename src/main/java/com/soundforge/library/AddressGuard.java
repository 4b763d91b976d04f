package com.soundforge.library;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to this machine or a private network, so imports cannot be used to reach
 * internal services (SSRF). The check happens per redirect hop.
 */
final class AddressGuard {

    private AddressGuard() {
    }

    static void requirePublic(String host) throws ImportException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImportException(ImportFailure.BAD_URL, "The host " + host + " is unknown.");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new ImportException(ImportFailure.BAD_URL, "Imports from private or local addresses are not "
                        + "allowed (" + host + " is " + address.getHostAddress() + ").");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second & 0xfe) == 18);
    }
}
