package com.loginsessions.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressResolverTest {

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_the_headers_say() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of());

        assertThat(resolver.clientAddress(request("198.51.100.7", "203.0.113.9")).value()).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_a_trusted_proxy_the_last_untrusted_hop_is_the_client() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8", "192.0.2.1"));

        // the client forged the first entry; the proxies appended the real hops
        MockHttpServletRequest request = request("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.0.2.1");

        assertThat(resolver.clientAddress(request).value()).isEqualTo("203.0.113.9");
    }

    @Test
    void a_trusted_proxy_without_a_usable_header_leaves_the_peer() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8"));

        assertThat(resolver.clientAddress(request("10.1.2.3", null)).value()).isEqualTo("10.1.2.3");
        assertThat(resolver.clientAddress(request("10.1.2.3", "evil.example")).value()).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6_blocks_match() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of("2001:db8::/32"));

        assertThat(resolver.clientAddress(request("2001:db8::1", "2001:db9::5")).value()).isEqualTo("2001:db9::5");
        assertThat(resolver.clientAddress(request("2001:db9::1", "198.51.100.1")).value()).isEqualTo("2001:db9::1");
    }

    @Test
    void hops_with_ports_are_read_and_anything_else_falls_back_to_the_peer() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8"));

        assertThat(resolver.clientAddress(request("10.1.2.3", "203.0.113.7:4444")).value()).isEqualTo("203.0.113.7");
        assertThat(resolver.clientAddress(request("10.1.2.3", "[2001:DB8:0:0:0:0:0:5]:4444")).value()).isEqualTo("2001:db8::5");
        assertThat(resolver.clientAddress(request("10.1.2.3", "[2001:db8::5]")).value()).isEqualTo("2001:db8::5");
        for (String garbage : List.of(":::", "1:2", "unknown", "[::1", "[::1]:x", "203.0.113.7:", "203.0.113.7:123456",
                "1.2.3.4:5:6", "999.1.1.1", "::ffff:", "", " ", "_hidden", "a:b:c:d:e:f:g:h")) {
            assertThat(resolver.clientAddress(request("10.1.2.3", garbage)).value()).as(garbage).isEqualTo("10.1.2.3");
        }
    }

    @Test
    void addresses_are_canonical_whatever_the_notation() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of());

        assertThat(resolver.clientAddress(request("0:0:0:0:0:0:0:1", null)).value()).isEqualTo("::1");
        assertThat(resolver.clientAddress(request("::ffff:198.51.100.7", null)).value()).isEqualTo("198.51.100.7");
        assertThat(resolver.clientAddress(request("fe80:0:0:0:0:0:0:1%eth0", null)).value()).isEqualTo("fe80::1");
    }

    @Test
    void https_is_believed_from_trusted_proxies_only() {
        ClientAddressResolver resolver = new ClientAddressResolver(List.of("10.0.0.0/8"));
        MockHttpServletRequest proxied = request("10.1.2.3", "203.0.113.7");
        proxied.addHeader("X-Forwarded-Proto", "https");
        MockHttpServletRequest forged = request("198.51.100.7", null);
        forged.addHeader("X-Forwarded-Proto", "https");
        MockHttpServletRequest direct = request("198.51.100.7", null);
        direct.setSecure(true);

        assertThat(resolver.isHttps(proxied)).isTrue();
        assertThat(resolver.isHttps(forged)).isFalse();
        assertThat(resolver.isHttps(direct)).isTrue();
        assertThat(resolver.isHttps(request("10.1.2.3", null))).isFalse();
    }

    @Test
    void a_misconfigured_proxy_list_fails_at_start_up() {
        assertThatThrownBy(() -> new ClientAddressResolver(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddressResolver(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
