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
