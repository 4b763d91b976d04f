package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every address here is a literal: no DNS is involved. */
class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.255.0.9",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.254",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.100.100.200",
                "0.0.0.0",
                "0.1.2.3",
                "198.18.0.1",
                "192.0.0.8",
                "192.0.2.1",
                "198.51.100.1",
                "203.0.113.1",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255"
            })
    void privateLocalAndSpecialIpv4AddressesAreRefused(String address) throws Exception {
        assertThat(AddressGuard.isPrivate(literal(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "::",
                "::1",
                "::127.0.0.1",
                "::10.0.0.1",
                "::169.254.169.254",
                "::ffff:127.0.0.1",
                "::ffff:192.168.1.1",
                "::ffff:0:10.0.0.1",
                "64:ff9b::127.0.0.1",
                "64:ff9b::a9fe:a9fe",
                "64:ff9b:1::5db8:d822",
                "64:ff9b:1:ffff::1",
                "2002:7f00:1::",
                "2002:c0a8:101::1",
                "2002:a9fe:a9fe::",
                "2001::1",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2",
                "2001:db8::1",
                "fc00::1",
                "fd00:ec2::254",
                "fe80::1",
                "febf::1",
                "fec0::1",
                "feff::1",
                "ff02::1",
                "ff05::1:3",
                "100::1"
            })
    void ipv6FormsThatReachLoopbackPrivateIpv4OrLocalNetworksAreRefused(String address) throws Exception {
        assertThat(AddressGuard.isPrivate(literal(address))).as(address).isTrue();
        assertThat(AddressGuard.isPrivate(asIpv6(literal(address))))
                .as(address + " kept as IPv6")
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "1.1.1.1",
                "172.32.0.1",
                "100.128.0.1",
                "198.20.0.1",
                "2606:4700::1111",
                "2a00:1450:4001:82a::200e",
                "::ffff:93.184.216.34",
                "64:ff9b::5db8:d822",
                "2002:5db8:d822::1",
                "::93.184.216.34"
            })
    void publicAddressesPassIncludingPublicIpv4InsideIpv6(String address) throws Exception {
        assertThat(AddressGuard.isPrivate(literal(address))).as(address).isFalse();
    }

    @Test
    void aHostWithOnePrivateAnswerAmongPublicOnesIsRefused() throws Exception {
        AddressGuard strict = AddressGuard.STRICT;
        assertThatThrownBy(() ->
                        strict.check("multi.example", List.of(literal("93.184.216.34"), literal("::ffff:127.0.0.1"))))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL);
                    assertThat(e.getMessage())
                            .contains("private or local addresses")
                            .contains("multi.example");
                });
        assertThat(strict.check("public.example", List.of(literal("93.184.216.34"))))
                .containsExactly(literal("93.184.216.34"));
    }

    @Test
    void anExceptionLetsOnlyItsOwnRangeThrough() throws Exception {
        AddressGuard guard = AddressGuard.allowing(List.of("127.0.0.2/32"));
        assertThat(guard.check("page", List.of(literal("127.0.0.2")))).containsExactly(literal("127.0.0.2"));
        assertThatThrownBy(() -> guard.check("media", List.of(literal("127.0.0.1"))))
                .isInstanceOf(ImportException.class);
    }

    private static InetAddress literal(String address) throws UnknownHostException {
        return InetAddress.getByName(address);
    }

    /** Java turns {@code ::ffff:a.b.c.d} into an IPv4 address; a guard must also hold for the IPv6 form. */
    private static InetAddress asIpv6(InetAddress address) throws UnknownHostException {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return address;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return Inet6Address.getByAddress(null, mapped, null);
    }
}
