package com.loginsessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void token_hash_is_the_lower_case_hex_sha256_of_the_token() {
        assertThat(TokenHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThatThrownBy(() -> new TokenHash("ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phone_numbers_must_be_e164() {
        assertThat(new PhoneNumber("+14155550123").e164()).isEqualTo("+14155550123");
        for (String bad : new String[] {"14155550123", "+0123", "+1 415 555 0123", "+1234567890123456", ""}) {
            assertThatThrownBy(() -> new PhoneNumber(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void session_ids_parse_only_from_canonical_uuids() {
        SessionId id = SessionId.newId();

        assertThat(SessionId.parse(id.toString())).contains(id);
        assertThat(SessionId.parse("1-1-1-1-1")).isEmpty();
        assertThat(SessionId.parse("not-a-uuid")).isEmpty();
        assertThat(SessionId.parse(null)).isEmpty();
        assertThat(UserId.parse(id.toString())).isPresent();
    }

    @Test
    void ip_addresses_are_literals_only() {
        assertThat(new IpAddress("198.51.100.7").value()).isEqualTo("198.51.100.7");
        assertThat(new IpAddress("2001:db8::7").value()).isEqualTo("2001:db8::7");
        for (String bad : new String[] {"example.com", "256.1.1.1", "1.2.3", "cafe", "", "1.2.3.4; DROP", ":::", "1:2",
                "203.0.113.7:4444", "1:2:3:4:5:6:7:8:9", "12345::1"}) {
            assertThat(IpAddress.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void ip_addresses_take_their_rfc_5952_form_so_one_address_is_one_value() {
        assertThat(new IpAddress("0:0:0:0:0:0:0:1").value()).isEqualTo("::1");
        assertThat(new IpAddress("2001:DB8:0:0:0:0:0:5")).isEqualTo(new IpAddress("2001:db8::5"));
        assertThat(new IpAddress("2001:0db8:0000:0001:0000:0000:0000:0001").value()).isEqualTo("2001:db8:0:1::1");
        assertThat(new IpAddress("2001:db8:0:0:1:0:0:1").value()).as("the first of equal runs").isEqualTo("2001:db8::1:0:0:1");
        assertThat(new IpAddress("2001:db8:0:1:1:1:1:1").value()).as("one zero group stays").isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(new IpAddress("::").value()).isEqualTo("::");
        assertThat(new IpAddress("::ffff:192.0.2.1").value()).as("IPv4-mapped").isEqualTo("192.0.2.1");
    }

    @Test
    void an_ipv6_address_counts_as_its_network_prefix_and_ipv4_as_itself() {
        assertThat(new IpAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd").network(64)).isEqualTo("2001:db8:1:2::/64");
        assertThat(new IpAddress("2001:db8:1:2:aaaa::1").network(56)).isEqualTo("2001:db8:1::/56");
        assertThat(new IpAddress("2001:db8::1").network(128)).isEqualTo("2001:db8::1/128");
        assertThat(new IpAddress("198.51.100.7").network(64)).isEqualTo("198.51.100.7");
    }

    @Test
    void device_names_lose_control_characters_and_are_bounded() {
        Device device = new Device("Evil\u0000\u001b[31mOS\u202e" + "x".repeat(100), "  ", DeviceType.MOBILE);

        assertThat(device.os()).doesNotContain("\u0000", "\u001b", "\u202e").hasSizeLessThanOrEqualTo(Device.MAX_NAME_LENGTH);
        assertThat(device.browser()).isEqualTo(Device.UNKNOWN_NAME);
        assertThat(new Device(null, null, DeviceType.UNKNOWN)).isEqualTo(Device.UNKNOWN);
    }

    /**
     * Dotted quads of every shape (octets with and without leading zeros, out of range, too few or many, stray
     * characters), each judged against java.net's own parser: a valid quad in canonical form is kept as it is,
     * one in another form is rejected (leading zeros are octal to some parsers) and so is every non-address.
     */
    @Test
    void dotted_quads_are_accepted_exactly_when_canonical() throws Exception {
        java.util.Random random = new java.util.Random(42);
        String[] octets = {"0", "00", "01", "7", "09", "10", "99", "100", "199", "255", "256", "300", "999", "1000",
                "", "-1", "1a", " 1"};
        for (int round = 0; round < 20_000; round++) {
            int parts = 3 + random.nextInt(3);
            StringBuilder text = new StringBuilder();
            boolean canonical = parts == 4;
            for (int i = 0; i < parts; i++) {
                String octet = octets[random.nextInt(octets.length)];
                canonical &= octet.matches("25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d");
                text.append(i == 0 ? "" : random.nextInt(50) == 0 ? ":" : ".").append(octet);
            }
            canonical &= text.indexOf(":") < 0;
            String candidate = text.toString();
            if (canonical) {
                assertThat(java.net.InetAddress.getByName(candidate).getHostAddress()).isEqualTo(candidate);
                assertThat(new IpAddress(candidate).value()).as(candidate).isEqualTo(candidate);
            } else if (candidate.indexOf(':') < 0) {
                assertThat(IpAddress.parse(candidate)).as(candidate).isEmpty();
            }
        }
    }

    /** Names that need no cleaning come back unchanged; any that does is cleaned exactly as before. */
    @Test
    void device_names_that_are_already_clean_are_kept_and_others_cleaned_alike() {
        assertThat(new Device("Android 14", "Chrome 124", DeviceType.MOBILE).os()).isEqualTo("Android 14");
        assertThat(new Device("x".repeat(64), "y", DeviceType.MOBILE).os()).isEqualTo("x".repeat(64));
        assertThat(new Device("x".repeat(65), "y", DeviceType.MOBILE).os()).isEqualTo("x".repeat(64));
        assertThat(new Device(" iOS 17 ", "\tSafari", DeviceType.MOBILE)).extracting(Device::os, Device::browser)
                .containsExactly("iOS 17", "Safari");
        assertThat(new Device("Windows\u007f", "Édge", DeviceType.DESKTOP)).extracting(Device::os, Device::browser)
                .containsExactly("Windows", "Édge");
    }

    @Test
    void the_password_policy_is_8_to_128_characters() {
        PasswordPolicy.check("12345678");
        PasswordPolicy.check("é".repeat(128));
        assertThatThrownBy(() -> PasswordPolicy.check("1234567")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(1_000_000))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PasswordPolicy.check(null)).isInstanceOf(InvalidInputException.class);
        assertThat(PasswordPolicy.isImpossiblyLong("x".repeat(129))).isTrue();
        assertThat(PasswordPolicy.isImpossiblyLong("x".repeat(128))).isFalse();
    }

    @Test
    void device_type_codes_round_trip() {
        for (DeviceType type : DeviceType.values()) {
            assertThat(DeviceType.fromCode(type.code())).isEqualTo(type);
        }
        assertThat(DeviceType.fromCode("toaster")).isEqualTo(DeviceType.UNKNOWN);
    }
}
