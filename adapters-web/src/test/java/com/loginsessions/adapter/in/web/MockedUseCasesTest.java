package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.ChangePasswordUseCase;
import com.loginsessions.application.port.in.IntrospectTokenUseCase;
import com.loginsessions.application.port.in.ListSecurityEventsUseCase;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.in.RegisterUseCase;
import com.loginsessions.application.port.in.RevokeOtherSessionsUseCase;
import com.loginsessions.application.port.in.RevokeSessionUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web adapter in MockMvc with every driving port replaced by a Mockito mock. */
@SpringBootTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
abstract class MockedUseCasesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegisterUseCase register;
    @MockitoBean
    LoginUseCase login;
    @MockitoBean
    LogoutUseCase logout;
    @MockitoBean
    AuthenticateUseCase authenticate;
    @MockitoBean
    ListSessionsUseCase listSessions;
    @MockitoBean
    RevokeSessionUseCase revokeSession;
    @MockitoBean
    RevokeOtherSessionsUseCase revokeOthers;
    @MockitoBean
    ChangePasswordUseCase changePassword;
    @MockitoBean
    ListSecurityEventsUseCase listEvents;
    @MockitoBean
    IntrospectTokenUseCase introspect;
}
