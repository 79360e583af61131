package com.loginsessions.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON bodies of the API: snake_case fields, timestamps as UTC ISO-8601 at second precision. */
final class ApiDtos {

    private ApiDtos() {
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Schema(name = "Credentials", description = "A phone number (any common notation; stored as E.164) and a password.")
    record CredentialsRequest(
            @JsonDeserialize(using = StrictText.class)
            @Schema(example = "+1 415-555-0123", requiredMode = Schema.RequiredMode.REQUIRED) String phone,
            @JsonDeserialize(using = StrictText.class)
            @Schema(example = "correct horse battery", minLength = 8, maxLength = 128,
                    requiredMode = Schema.RequiredMode.REQUIRED) String password) {

        @Override
        public String toString() {
            return "CredentialsRequest[phone=" + phone + ", password=redacted]";
        }
    }

    @Schema(name = "RegisteredUser")
    record RegisteredUserResponse(
            @Schema(example = "0b8e4f5c-3c55-4c1e-9f53-6a1f3f2f1a10") String id,
            @Schema(example = "+14155550123") String phone,
            @JsonProperty("created_at") @Schema(example = "2026-05-21T04:32:17Z") String createdAt) {
    }

    @Schema(name = "Token", description = "A bearer token for the Authorization header. Shown once; store it securely.")
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") @Schema(example = "bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Seconds until the token expires (the configured session lifetime)")
            long expiresIn,
            @JsonProperty("session_id") @Schema(example = "6f1c2a8e-8d7b-4c1e-a2f4-5b9e0d3c7a21") String sessionId) {
    }

    @Schema(name = "Session", description = "One device the user is signed in on.")
    record SessionResponse(
            @Schema(example = "6f1c2a8e-8d7b-4c1e-a2f4-5b9e0d3c7a21") String id,
            @JsonProperty("device_os") @Schema(example = "iOS 17") String deviceOs,
            @JsonProperty("device_browser") @Schema(example = "Safari 17") String deviceBrowser,
            @JsonProperty("device_type") @Schema(example = "mobile",
                    allowableValues = {"desktop", "mobile", "tablet", "bot", "unknown"}) String deviceType,
            @JsonProperty("device_model") @Schema(description = "The model when the client revealed it; else null",
                    example = "Pixel 8", nullable = true) String deviceModel,
            @JsonProperty("ip_address") @Schema(example = "198.51.100.7") String ipAddress,
            @JsonProperty("last_active_at") @Schema(example = "2026-05-21T04:32:17Z") String lastActiveAt,
            @JsonProperty("created_at") @Schema(example = "2026-05-20T18:02:44Z") String createdAt,
            @JsonProperty("is_current") @Schema(description = "True for the session of the token making this request")
            boolean isCurrent,
            @JsonProperty("expires_at") @Schema(description = "When the session ends unless used again: the earlier "
                    + "of its idle and its absolute expiry", example = "2026-06-20T04:32:17Z") String expiresAt) {
    }

    @Schema(name = "SessionList")
    record SessionListResponse(
            List<SessionResponse> sessions,
            @JsonProperty("total_devices") int totalDevices) {
    }

    @Schema(name = "Message")
    record MessageResponse(@Schema(example = "Session signed out successfully") String message) {
    }

    @Schema(name = "PasswordChange")
    record PasswordChangeRequest(
            @JsonProperty("current_password") @JsonDeserialize(using = StrictText.class)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,
            @JsonProperty("new_password") @JsonDeserialize(using = StrictText.class)
            @Schema(minLength = 8, maxLength = 128, requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {

        @Override
        public String toString() {
            return "PasswordChangeRequest[redacted]";
        }
    }

    @Schema(name = "PasswordChanged")
    record PasswordChangedResponse(
            @Schema(example = "Password changed; all other devices were signed out") String message,
            @Schema(description = "How many other sessions were signed out", example = "2") int revoked) {
    }

    @Schema(name = "SecurityEvent", description = "Fields that do not apply to a type are null.")
    record SecurityEventResponse(
            @Schema(example = "login_succeeded", allowableValues = {"login_succeeded", "login_failed",
                    "login_throttled", "logout", "session_revoked", "other_sessions_revoked", "password_changed",
                    "password_change_failed"}) String type,
            @JsonProperty("occurred_at") @Schema(example = "2026-05-21T04:32:17Z") String occurredAt,
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("ip_address") @Schema(example = "198.51.100.7") String ipAddress,
            @JsonProperty("device_os") @Schema(example = "Android 14") String deviceOs,
            @JsonProperty("device_browser") @Schema(example = "Chrome 124") String deviceBrowser,
            @JsonProperty("device_type") @Schema(example = "mobile") String deviceType,
            @JsonProperty("device_model") @Schema(example = "Pixel 8", nullable = true) String deviceModel,
            @JsonProperty("revoked_by") @Schema(example = "other_session", allowableValues = {"self", "other_session",
                    "password_change", "expiry", "cap"}) String revokedBy,
            @JsonProperty("revoked_count") @Schema(description = "Sessions signed out at once") Integer revokedCount,
            @Schema(description = "On login_throttled: sign-ins refused in that throttle window (one event per window)")
            Integer attempts,
            @JsonProperty("new_device") @Schema(description = "On sign-in: no other live session had this device")
            Boolean newDevice,
            @JsonProperty("new_ip_address") @Schema(description = "On sign-in: no other live session had this IP")
            Boolean newIpAddress) {
    }

    @Schema(name = "SecurityEventPage")
    record SecurityEventPageResponse(
            List<SecurityEventResponse> events,
            int page,
            int size,
            @JsonProperty("has_more") boolean hasMore) {
    }

    @Schema(name = "SignedOutOthers")
    record SignedOutOthersResponse(
            @Schema(example = "Signed out of all other devices") String message,
            @Schema(description = "How many sessions were signed out", example = "2") int revoked) {
    }

    /** RFC 7662 §2.2: every member but {@code active} is left out of an inactive answer. */
    @Schema(name = "Introspection", description = "Active: what the token says. Inactive: {\"active\": false} alone.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IntrospectionResponse(
            @Schema(example = "true") boolean active,
            @Schema(description = "The user id", example = "0b8e4f5c-3c55-4c1e-9f53-6a1f3f2f1a10") String sub,
            @Schema(description = "The session id", example = "6f1c2a8e-8d7b-4c1e-a2f4-5b9e0d3c7a21") String sid,
            @Schema(description = "Issued at, Unix seconds", example = "1779337937") Long iat,
            @Schema(description = "Expires at, Unix seconds", example = "1787113937") Long exp,
            @Schema(example = "session-service") String iss,
            @Schema(example = "[\"session-service\"]") List<String> aud,
            @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType) {

        static IntrospectionResponse inactive() {
            return new IntrospectionResponse(false, null, null, null, null, null, null, null);
        }
    }
}
