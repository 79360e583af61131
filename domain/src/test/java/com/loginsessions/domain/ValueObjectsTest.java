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
        for (String bad : new String[] {"example.com", "256.1.1.1", "1.2.3", "cafe", "", "1.2.3.4; DROP"}) {
            assertThat(IpAddress.isLiteral(bad)).as(bad).isFalse();
        }
    }

    @Test
    void device_names_lose_control_characters_and_are_bounded() {
        Device device = new Device("Evil\u0000\u001b[31mOS\u202e" + "x".repeat(100), "  ", DeviceType.MOBILE);

        assertThat(device.os()).doesNotContain("\u0000", "\u001b", "\u202e").hasSizeLessThanOrEqualTo(Device.MAX_NAME_LENGTH);
        assertThat(device.browser()).isEqualTo(Device.UNKNOWN_NAME);
        assertThat(new Device(null, null, DeviceType.UNKNOWN)).isEqualTo(Device.UNKNOWN);
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
