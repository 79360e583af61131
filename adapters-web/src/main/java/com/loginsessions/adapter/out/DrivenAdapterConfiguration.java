package com.loginsessions.adapter.out;

import com.loginsessions.adapter.out.device.UapDeviceDetector;
import com.loginsessions.adapter.out.password.Argon2PasswordHasher;
import com.loginsessions.adapter.out.password.PasswordProperties;
import com.loginsessions.adapter.out.phone.LibPhoneNumberNormalizer;
import com.loginsessions.adapter.out.phone.PhoneProperties;
import com.loginsessions.adapter.out.token.JwtTokens;
import com.loginsessions.adapter.out.token.SigningKey;
import com.loginsessions.adapter.out.token.TokenProperties;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tokens, passwords, phone numbers and devices: the driven adapters of this module, with their settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TokenProperties.class, PasswordProperties.class, PhoneProperties.class})
public class DrivenAdapterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DrivenAdapterConfiguration.class);

    /** Both {@code TokenIssuer} and {@code TokenVerifier}. */
    @Bean
    JwtTokens jwtTokens(TokenProperties token) {
        SigningKey signingKey;
        if (token.signingKey().isBlank()) {
            signingKey = SigningKey.random();
            log.warn("No token signing key configured (APP_TOKEN_SIGNING_KEY): using a random key. Every access token "
                    + "becomes invalid when the service restarts, and instances cannot share tokens. Set "
                    + "APP_TOKEN_SIGNING_KEY to base64 of 32+ random bytes, e.g. `openssl rand -base64 32`.");
        } else {
            signingKey = SigningKey.fromBase64(token.signingKey());
        }
        List<SigningKey> verificationOnly = token.verificationKeys().stream()
                .filter(key -> !key.isBlank())
                .map(SigningKey::fromBase64)
                .toList();
        log.info("Signing access tokens with key id {}; {} more key(s) accepted for verification",
                signingKey.keyId(), verificationOnly.size());
        return new JwtTokens(token.issuer(), token.audience(), signingKey, verificationOnly);
    }

    @Bean
    PasswordHasher passwordHasher(PasswordProperties password) {
        return new Argon2PasswordHasher(password.argon2MemoryKib(), password.argon2Iterations());
    }

    @Bean
    PhoneNumberNormalizer phoneNumberNormalizer(PhoneProperties phone) {
        return new LibPhoneNumberNormalizer(phone.defaultRegion());
    }

    @Bean
    DeviceDetector deviceDetector() {
        return new UapDeviceDetector();
    }
}
