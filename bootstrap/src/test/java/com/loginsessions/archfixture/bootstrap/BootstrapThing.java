package com.loginsessions.archfixture.bootstrap;

public class BootstrapThing {
}
