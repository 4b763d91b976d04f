package com.soundforge.library.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/** A CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}, matched against raw address bytes. */
record AddressRange(byte[] prefix, int bits) {

    /** Parses IP literals only (never a host name, so no DNS lookup happens). */
    static AddressRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        String literal = slash < 0 ? cidr.trim() : cidr.substring(0, slash).trim();
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP address range: " + cidr);
        }
        byte[] bytes = literalBytes(literal);
        int bits = slash < 0
                ? bytes.length * 8
                : Integer.parseInt(cidr.substring(slash + 1).trim());
        if (bits < 0 || bits > bytes.length * 8) {
            throw new IllegalArgumentException("Bad prefix length in " + cidr);
        }
        return new AddressRange(bytes, bits);
    }

    static List<AddressRange> all(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressRange::parse).toList();
    }

    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Java turns IPv4-mapped IPv6 literals into IPv4 addresses; a range written in IPv6 must keep 16 bytes. */
    private static byte[] literalBytes(String literal) {
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && bytes.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + literal, e);
        }
    }
}
