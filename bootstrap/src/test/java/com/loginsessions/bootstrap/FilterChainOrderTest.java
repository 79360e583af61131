package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The order the filters run in is what each of them assumes: the timer outermost (it times everything), the
 * security headers next (every later refusal carries them), the body limit before anything reads a body, CORS
 * before content negotiation. Orders that tie would leave it to registration order, so none may.
 */
class FilterChainOrderTest extends RunningServiceTest {

    @Autowired
    List<FilterRegistrationBean<? extends Filter>> registrations;

    @Test
    void the_filters_run_in_the_order_each_assumes_and_no_two_share_a_place() {
        List<FilterRegistrationBean<? extends Filter>> ours = registrations.stream()
                .filter(r -> r.getFilter().getClass().getName().startsWith("com.loginsessions")
                        || r.getFilter().getClass().getSimpleName().equals("CorsFilter"))
                .sorted(Comparator.comparingInt(FilterRegistrationBean::getOrder))
                .toList();

        assertThat(ours).extracting(r -> r.getFilter().getClass().getSimpleName()).containsExactly(
                "RequestTimingFilter", "ResponseHeadersFilter", "RequestBodyLimitFilter", "CorsFilter",
                "AcceptHeaderFilter");
        assertThat(ours).extracting(FilterRegistrationBean::getOrder).doesNotHaveDuplicates();
    }
}
