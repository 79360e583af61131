package com.loginsessions.adapter.out.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random inputs (the seed is in the assertion message, so any failure can be replayed). */
class PhoneNumberFuzzTest {

    private static final long SEED = 20261128L;
    private final LibPhoneNumberNormalizer normalizer = new LibPhoneNumberNormalizer("");

    @Test
    void any_input_is_either_rejected_or_a_valid_e164_number_that_normalises_to_itself() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            String typed = randomPhoneLike(random);
            normalizer.normalize(typed).ifPresent(phone -> {
                assertThat(phone.e164()).as("seed %d input %s", SEED, typed).matches("\\+[1-9][0-9]{1,14}");
                assertThat(normalizer.normalize(phone.e164())).as("seed %d input %s", SEED, typed).contains(phone);
            });
        }
    }

    private static String randomPhoneLike(Random random) {
        String alphabet = "+0123456789 -().#*xabcABC\u0000\u00a0\u0661\u200b";
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "+" : "");
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                    : (char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
