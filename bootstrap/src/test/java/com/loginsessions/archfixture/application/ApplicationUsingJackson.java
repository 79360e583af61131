package com.loginsessions.archfixture.application;

import tools.jackson.databind.ObjectMapper;

/** Breaks "application depends on domain and the JDK only". */
public class ApplicationUsingJackson {

    public ObjectMapper mapper;
}
