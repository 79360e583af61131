/**
 * Driven adapters that are not the database: access tokens ({@code token}), password hashing ({@code password}),
 * phone numbers ({@code phone}) and devices ({@code device}), assembled by {@link
 * com.loginsessions.adapter.out.DrivenAdapterConfiguration}.
 *
 * <p>They live in the {@code adapters-web} module, not beside the database adapter, because each interprets
 * something that arrives over HTTP: a bearer token, a typed phone number, a password, a User-Agent and its client
 * hints. Another front end (gRPC, a CLI) would need the same interpretations, so they are driven adapters of the
 * core behind its ports ({@code TokenIssuer}, {@code TokenVerifier}, {@code PasswordHasher},
 * {@code PhoneNumberNormalizer}, {@code DeviceDetector}), never part of the HTTP adapter ({@code adapter.in.web}):
 * the architecture rules keep the two from depending on each other.
 */
package com.loginsessions.adapter.out;
