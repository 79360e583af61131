package com.loginsessions.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.RegisteredAccount;
import com.loginsessions.application.port.in.RevokeSessionCommand;
import com.loginsessions.application.port.in.SecurityEventPage;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.application.port.in.SessionView;
import com.loginsessions.application.port.in.WrongPasswordException;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.User;
import com.loginsessions.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;

class WebAdapterTest extends MockedUseCasesTest {

    private static final String TOKEN = "header.payload.signature";
    private static final AuthenticatedSession CALLER = new AuthenticatedSession(UserId.newId(), SessionId.newId());
    private static final String CREDENTIALS = "{\"phone\":\"+14155550123\",\"password\":\"correct horse battery\"}";


    @BeforeEach
    void aValidTokenAuthenticatesTheCaller() {
        given(authenticate.authenticate(any())).willReturn(CALLER);
    }

    @Test
    void register_answers_201_with_id_e164_phone_and_creation_time() throws Exception {
        RegisteredAccount user = new RegisteredAccount(UserId.newId(), new PhoneNumber("+14155550123"),
                Instant.parse("2026-05-21T04:32:17.123456Z"));
        given(register.register(any())).willReturn(user);

        mvc.perform(post("/api/v1/auth/register/").contentType(MediaType.APPLICATION_JSON).content(CREDENTIALS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(user.id().toString()))
                .andExpect(jsonPath("$.phone").value("+14155550123"))
                .andExpect(jsonPath("$.created_at").value("2026-05-21T04:32:17Z"));
    }

    @Test
    void register_conflicts_and_invalid_input_are_problems() throws Exception {
        given(register.register(any())).willThrow(new PhoneAlreadyRegisteredException());
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content(CREDENTIALS))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));

        willThrow(new InvalidInputException("phone is not a valid phone number")).given(register).register(any());
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).content(CREDENTIALS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Phone is not a valid phone number"));
    }

    @Test
    void login_passes_the_peer_address_and_device_headers_and_answers_an_uncacheable_token() throws Exception {
        SessionId sessionId = SessionId.newId();
        given(login.login(any())).willReturn(new LoginResult("the.token", Duration.ofDays(30), sessionId));

        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(CREDENTIALS)
                        .with(request -> {
                            request.setRemoteAddr("198.51.100.7");
                            return request;
                        })
                        .header("User-Agent", "Mozilla/5.0 (iPhone)")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .header("Sec-CH-UA-Platform", "\"Windows\"")
                        .header("Sec-CH-UA-Platform-Version", "\"15.0.0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Accept-CH", containsString("Sec-CH-UA-Platform-Version")))
                .andExpect(jsonPath("$.access_token").value("the.token"))
                .andExpect(jsonPath("$.token_type").value("bearer"))
                .andExpect(jsonPath("$.expires_in").value(2_592_000))
                .andExpect(jsonPath("$.session_id").value(sessionId.toString()));

        ArgumentCaptor<LoginCommand> command = ArgumentCaptor.forClass(LoginCommand.class);
        verify(login).login(command.capture());
        assertThat(command.getValue().ipAddress()).isEqualTo(new IpAddress("198.51.100.7"));
        assertThat(command.getValue().device().userAgent()).isEqualTo("Mozilla/5.0 (iPhone)");
        assertThat(command.getValue().device().platformVersion()).isEqualTo("\"15.0.0\"");
    }

    /** Refused before the sign-in runs: a client that cannot read the token must not leave a session behind. */
    @Test
    void a_login_whose_answer_the_client_cannot_accept_is_406_and_signs_nobody_in() throws Exception {
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(CREDENTIALS)
                        .accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable());

        verify(login, never()).login(any());
    }

    @Test
    void failed_login_is_401_with_a_generic_message() throws Exception {
        given(login.login(any())).willThrow(new InvalidCredentialsException());

        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(CREDENTIALS))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Invalid phone number or password"));
    }

    @Test
    void the_list_has_the_documented_shape_with_second_precision_utc_times() throws Exception {
        SessionView current = session(CALLER.sessionId(), Instant.parse("2026-05-21T04:32:17.987Z"), true);
        SessionView other = session(SessionId.newId(), Instant.parse("2026-05-20T01:00:00Z"), false);
        given(listSessions.listSessions(any())).willReturn(new SessionList(List.of(current, other)));

        mvc.perform(get("/api/v1/sessions/").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.total_devices").value(2))
                .andExpect(jsonPath("$.sessions[0].id").value(CALLER.sessionId().toString()))
                .andExpect(jsonPath("$.sessions[0].is_current").value(true))
                .andExpect(jsonPath("$.sessions[0].device_os").value("Android 14"))
                .andExpect(jsonPath("$.sessions[0].device_browser").value("Chrome 124"))
                .andExpect(jsonPath("$.sessions[0].device_type").value("mobile"))
                .andExpect(jsonPath("$.sessions[0].ip_address").value("2001:db8::7"))
                .andExpect(jsonPath("$.sessions[0].last_active_at").value("2026-05-21T04:32:17Z"))
                .andExpect(jsonPath("$.sessions[0].created_at").value("2026-05-20T00:00:00Z"))
                .andExpect(jsonPath("$.sessions[0].expires_at").value("2026-06-20T04:32:17Z"))
                .andExpect(jsonPath("$.sessions[0].user_id").doesNotExist())
                .andExpect(jsonPath("$.sessions[1].is_current").value(false));
        verify(listSessions).listSessions(new ListSessionsQuery(TOKEN));
        verify(authenticate, never()).authenticate(any());
    }

    @Test
    void signing_out_a_session_names_the_caller_and_the_target() throws Exception {
        SessionId target = SessionId.newId();

        mvc.perform(delete("/api/v1/sessions/" + target + "/").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Session signed out successfully"));

        verify(revokeSession).revokeSession(new RevokeSessionCommand(CALLER, target));
    }

    @Test
    void an_unknown_or_malformed_session_id_is_the_same_404() throws Exception {
        willThrow(new SessionNotFoundException()).given(revokeSession).revokeSession(any());

        String unknown = mvc.perform(delete("/api/v1/sessions/" + SessionId.newId()).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String malformed = mvc.perform(delete("/api/v1/sessions/nope").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(unknown.replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(malformed.replaceAll("\"instance\":\"[^\"]*\"", ""));
    }

    @Test
    void signing_out_all_others_reports_the_count() throws Exception {
        given(revokeOthers.revokeOtherSessions(any())).willReturn(3);

        mvc.perform(delete("/api/v1/sessions").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("Signed out of all other devices"))
                .andExpect(jsonPath("$.revoked").value(3));
    }

    @Test
    void logout_is_204() throws Exception {
        mvc.perform(post("/api/v1/auth/logout").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNoContent());
    }

    @Test
    void bearer_errors_follow_rfc_6750() throws Exception {
        mvc.perform(get("/api/v1/sessions"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"session-service\""));
        mvc.perform(get("/api/v1/sessions").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", not(containsString("error="))));
        mvc.perform(get("/api/v1/sessions").header("Authorization", "Bearer "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_request\"")));
        mvc.perform(get("/api/v1/sessions").header("Authorization", "Bearer a", "Bearer b"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/sessions").header("Authorization", "Bearer <script>"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
        verify(authenticate, never()).authenticate(any());

        verify(listSessions, never()).listSessions(any());

        given(authenticate.authenticate(any())).willThrow(new NotAuthenticatedException("signed out"));
        mvc.perform(delete("/api/v1/sessions").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
        given(listSessions.listSessions(any())).willThrow(new NotAuthenticatedException("signed out"));
        mvc.perform(get("/api/v1/sessions").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")));
    }

    @Test
    void routing_errors_come_before_authentication() throws Exception {
        mvc.perform(get("/api/v1/unknown"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/sessions"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void changing_the_password_reports_the_signed_out_sessions_and_a_wrong_one_is_403() throws Exception {
        given(changePassword.changePassword(any())).willReturn(2);
        String body = "{\"current_password\":\"correct horse battery\",\"new_password\":\"a brand new password\"}";

        mvc.perform(post("/api/v1/auth/password").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revoked").value(2));

        willThrow(new WrongPasswordException()).given(changePassword).changePassword(any());
        mvc.perform(post("/api/v1/auth/password/").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/auth/password").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void security_events_are_listed_in_snake_case_and_bad_paging_is_400() throws Exception {
        SecurityEvent signedIn = new SecurityEvent.LoginSucceeded(Instant.parse("2026-05-21T04:32:17Z"),
                CALLER.userId(), CALLER.sessionId(), new IpAddress("2001:db8::7"),
                new Device("Android 14", "Chrome 124", DeviceType.MOBILE), true, false);
        given(listEvents.listSecurityEvents(any())).willReturn(new SecurityEventPage(List.of(signedIn), 0, 20, false));

        mvc.perform(get("/api/v1/sessions/events").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].type").value("login_succeeded"))
                .andExpect(jsonPath("$.events[0].device_os").value("Android 14"))
                .andExpect(jsonPath("$.events[0].new_device").value(true))
                .andExpect(jsonPath("$.events[0].new_ip_address").value(false))
                .andExpect(jsonPath("$.has_more").value(false));
        mvc.perform(get("/api/v1/sessions/events?size=abc").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/sessions/events?size=1000").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_that_reveals_nothing_and_is_logged_for_operators() throws Exception {
        given(listSessions.listSessions(any())).willThrow(new IllegalStateException("connection to db-7 at 10.0.0.3 failed"));
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ApiProblems.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
                new ch.qos.logback.core.read.ListAppender<>();
        captured.start();
        log.addAppender(captured);
        log.setAdditive(false); // provoked on purpose: captured here instead of printed
        try {
            mvc.perform(get("/api/v1/sessions").header("Authorization", "Bearer " + TOKEN))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().string(not(containsString("10.0.0.3"))))
                    .andExpect(content().string(not(containsString("IllegalStateException"))));
        } finally {
            log.detachAppender(captured);
            log.setAdditive(true);
        }
        org.assertj.core.api.Assertions.assertThat(captured.list).singleElement()
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getLevel())
                        .isEqualTo(ch.qos.logback.classic.Level.ERROR));
    }

    @Test
    void no_cross_origin_access_is_granted_by_default() throws Exception {
        mvc.perform(options("/api/v1/sessions")
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void every_response_forbids_mime_sniffing() throws Exception {
        mvc.perform(get("/api/v1/unknown")).andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    private static SessionView session(SessionId id, Instant lastActive, boolean current) {
        return new SessionView(id, new Device("Android 14", "Chrome 124", DeviceType.MOBILE),
                new IpAddress("2001:db8::7"), lastActive, Instant.parse("2026-05-20T00:00:00Z"),
                lastActive.plus(Duration.ofDays(30)), current);
    }
}
