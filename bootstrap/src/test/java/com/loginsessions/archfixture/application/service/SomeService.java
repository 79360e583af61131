package com.loginsessions.archfixture.application.service;

public class SomeService {
}
