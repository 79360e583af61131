package com.loginsessions.archfixture.adapter.out.persistence;

import com.loginsessions.archfixture.bootstrap.BootstrapThing;

/** Breaks "nothing depends on bootstrap". */
public class PersistenceReachingAround {

    public BootstrapThing wiring;
}
