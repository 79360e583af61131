package com.loginsessions.archfixture.adapter.in.web;

import com.loginsessions.archfixture.adapter.out.persistence.PersistenceReachingAround;
import com.loginsessions.archfixture.application.service.SomeService;
import org.jooq.DSLContext;

/** Breaks "adapters never depend on each other", "only through ports" and "jOOQ only in persistence". */
public class WebReachingAround {

    public PersistenceReachingAround store;
    public SomeService service;
    public DSLContext dsl;
}
