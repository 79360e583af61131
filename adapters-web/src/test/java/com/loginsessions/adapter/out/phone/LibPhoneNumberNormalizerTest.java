package com.loginsessions.adapter.out.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.domain.PhoneNumber;
import org.junit.jupiter.api.Test;

class LibPhoneNumberNormalizerTest {

    private final LibPhoneNumberNormalizer international = new LibPhoneNumberNormalizer("");

    @Test
    void common_notations_of_one_number_become_one_e164_number() {
        for (String typed : new String[] {"+14155550123", "+1 415-555-0123", "+1 (415) 555-0123", "+1.415.555.0123"}) {
            assertThat(international.normalize(typed)).contains(new PhoneNumber("+14155550123"));
        }
        assertThat(international.normalize("+44 20 7946 0958")).contains(new PhoneNumber("+442079460958"));
    }

    @Test
    void national_numbers_need_a_default_region() {
        assertThat(international.normalize("(415) 555-0123")).isEmpty();
        assertThat(international.lacksCountryCode("(415) 555-0123")).isTrue();
        assertThat(international.lacksCountryCode(" +1 415 555 0123")).isFalse();
        assertThat(new LibPhoneNumberNormalizer("US").lacksCountryCode("(415) 555-0123")).isFalse();
        assertThat(new LibPhoneNumberNormalizer("US").normalize("(415) 555-0123")).contains(new PhoneNumber("+14155550123"));
    }

    @Test
    void what_cannot_be_a_phone_number_is_rejected() {
        for (String typed : new String[] {"", "abc", "123", "+1", "+999 123 456", "+1 415 555 0123 4567 8901", "1".repeat(100)}) {
            assertThat(international.normalize(typed)).as(typed).isEmpty();
        }
    }
}
