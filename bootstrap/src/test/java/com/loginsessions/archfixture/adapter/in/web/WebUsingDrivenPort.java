package com.loginsessions.archfixture.adapter.in.web;

import com.loginsessions.archfixture.application.port.out.DrivenRecord;

/** Breaks "driving adapters use only incoming ports". */
public class WebUsingDrivenPort {

    public DrivenRecord record;
}
