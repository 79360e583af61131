package com.loginsessions.archfixture.domain;

/** An aggregate with a secret in it, as the product's Session holds its token hash. */
public record Session(String id, String tokenHash) {
}
