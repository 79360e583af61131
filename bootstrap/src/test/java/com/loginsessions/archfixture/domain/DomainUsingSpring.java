package com.loginsessions.archfixture.domain;

import org.springframework.util.StringUtils;

/** Breaks "domain depends on nothing but the JDK" and "no framework in the core". */
public class DomainUsingSpring {

    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
