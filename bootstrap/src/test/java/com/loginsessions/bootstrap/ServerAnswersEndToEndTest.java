package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers Tomcat and the servlet container make themselves, before or around any controller: each still
 * carries every header docs/security.md promises on every answer.
 */
class ServerAnswersEndToEndTest extends RunningServiceTest {

    @Test
    void every_answer_the_server_makes_itself_carries_the_promised_headers() {
        String host = "Host: 127.0.0.1\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("TRACE", "TRACE /api/v1/sessions HTTP/1.1\r\n" + host + "\r\n");
        requests.put("TRACE on an unknown path", "TRACE /nowhere HTTP/1.1\r\n" + host + "\r\n");
        requests.put("%zz in the path", "GET /api/%zz HTTP/1.1\r\n" + host + "\r\n");
        requests.put("no Host", "GET /api/v1/sessions HTTP/1.1\r\n\r\n");
        requests.put("a header without a colon", "GET /api/v1/sessions HTTP/1.1\r\n" + host + "NoColonHere\r\n\r\n");
        requests.put("a 9 KB header", "GET /api/v1/sessions HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(9 * 1024)
                + "\r\n\r\n");
        requests.put("HTTP/9.9", "GET /api/v1/sessions HTTP/9.9\r\n" + host + "\r\n");
        requests.put("Expect: bogus", "POST /api/v1/auth/login HTTP/1.1\r\n" + host + "Expect: bogus\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        requests.put("a bad Transfer-Encoding", "POST /api/v1/auth/login HTTP/1.1\r\n" + host
                + "Transfer-Encoding: gzip, chunked, bogus\r\nContent-Type: application/json\r\n\r\n");
        requests.put("CONNECT", "CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\n" + host + "\r\n");
        requests.put("a NUL in the path", "GET /api/%00 HTTP/1.1\r\n" + host + "\r\n");

        for (Map.Entry<String, String> request : requests.entrySet()) {
            String answer = RawHttp.exchange(port, request.getValue());
            String head = answer.contains("\r\n\r\n") ? answer.substring(0, answer.indexOf("\r\n\r\n")) : answer;
            assertThat(head).as(request.getKey()).matches("(?s)HTTP/1\\.1 [45][0-9][0-9].*")
                    .containsIgnoringCase("\r\nX-Content-Type-Options: nosniff")
                    .containsIgnoringCase("\r\nX-Frame-Options: DENY")
                    .containsIgnoringCase("\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'")
                    .containsIgnoringCase("\r\nCache-Control: no-store");
        }
    }

    @Test
    void tokens_whose_header_the_jwt_library_cannot_read_are_401_invalid_token() {
        for (String token : List.of("bnVsbA.e30.AAAA", "WzFd.e30.AAAA", "MTIz.e30.AAAA", "InRleHQi.e30.AAAA",
                "e30.bnVsbA.AAAA", "eyJhbGciOm51bGx9.e30.AAAA", "eyJhbGciOiJIUzI1NiJ9.WzFd.AAAA")) {
            ApiClient.Reply reply = api.get("/api/v1/sessions/", token);
            assertThat(reply.status()).as(token).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as(token).contains("error=\"invalid_token\"");
        }
    }

    @Test
    void agents_with_huge_version_numbers_still_sign_in() {
        String phone = api.registered();
        for (String agent : List.of("MyApp/1.0 CFNetwork/1494.0.7 Darwin/99999999999",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/99999999999 Mobile/15E148 Safari/604.1")) {
            assertThat(api.login(phone, agent).token()).as(agent).isNotBlank();
        }
    }
}
