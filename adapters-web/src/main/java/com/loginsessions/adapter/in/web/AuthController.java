package com.loginsessions.adapter.in.web;

import com.loginsessions.adapter.in.web.ApiDtos.CredentialsRequest;
import com.loginsessions.adapter.in.web.ApiDtos.RegisteredUserResponse;
import com.loginsessions.adapter.in.web.ApiDtos.TokenResponse;
import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.in.LogoutCommand;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.application.port.in.RegisteredAccount;
import com.loginsessions.application.port.in.RegisterUseCase;
import com.loginsessions.domain.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Create an account, sign in (starting a session on this device), sign out.")
class AuthController {

    /** Client hints browsers send only when asked; with them the list can show Windows 11 and real macOS versions. */
    static final String ACCEPT_CH = "Sec-CH-UA-Platform-Version, Sec-CH-UA-Model, Sec-CH-UA-Full-Version-List";

    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final ClientAddressResolver clientAddresses;

    AuthController(RegisterUseCase register, LoginUseCase login, LogoutUseCase logout,
                   ClientAddressResolver clientAddresses) {
        this.register = register;
        this.login = login;
        this.logout = logout;
        this.clientAddresses = clientAddresses;
    }

    @PostMapping(path = {ApiPaths.REGISTER, ApiPaths.REGISTER + "/"}, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an account",
            description = "Phone numbers are normalised to E.164, so \"+1 415-555-0123\" and \"+14155550123\" are one "
                    + "account. Passwords must be 8 to 128 characters.")
    @ApiResponse(responseCode = "201", description = "Account created")
    @ApiResponse(responseCode = "400", description = "Invalid phone number, password outside the policy, or unreadable body")
    @ApiResponse(responseCode = "409", description = "An account with this phone number exists")
    @ApiResponse(responseCode = "429", description = "Too many taken numbers tried from this address (shares the failed-login budget); see Retry-After")
    @PublicEndpoint
    ResponseEntity<RegisteredUserResponse> register(@RequestBody CredentialsRequest body, HttpServletRequest request) {
        RegisteredAccount account = register.register(new RegisterCommand(required(body).phone(), body.password(),
                clientAddresses.clientAddress(request)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new RegisteredUserResponse(account.id().toString(), account.phone().e164(),
                        ApiDtos.timestamp(account.createdAt())));
    }

    @PostMapping(path = {ApiPaths.LOGIN, ApiPaths.LOGIN + "/"}, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in and start a session on this device",
            description = "Records the device (from User-Agent and client hints) and the client's IP address. "
                    + "Use the returned access_token as `Authorization: Bearer <token>`.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "400", description = "Missing phone or password, or unreadable body")
    @ApiResponse(responseCode = "401", description = "Unknown phone number or wrong password (indistinguishable)")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts for this phone number or from this address; see Retry-After")
    @PublicEndpoint
    ResponseEntity<TokenResponse> login(@RequestBody CredentialsRequest body, HttpServletRequest request) {
        LoginResult result = login.login(new LoginCommand(required(body).phone(), body.password(),
                clientAddresses.clientAddress(request), deviceSignals(request)));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .header("Accept-CH", ACCEPT_CH)
                .body(new TokenResponse(result.accessToken(), "bearer", result.expiresIn().toSeconds(),
                        result.sessionId().toString()));
    }

    @PostMapping(path = {ApiPaths.LOGOUT, ApiPaths.LOGOUT + "/"})
    @Operation(summary = "Sign out this device", description = "The token stops working from the next request.",
            security = @SecurityRequirement(name = OpenApiDocumentation.BEARER))
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ApiResponse(responseCode = "401", description = "Missing, invalid, expired or already signed-out token")
    ResponseEntity<Void> logout(@Parameter(hidden = true) AuthenticatedSession caller) {
        logout.logout(new LogoutCommand(caller));
        return ResponseEntity.noContent().build();
    }

    private static CredentialsRequest required(CredentialsRequest body) {
        if (body == null) {
            throw new InvalidInputException("a JSON body with phone and password is required");
        }
        return body;
    }

    private static DeviceSignals deviceSignals(HttpServletRequest request) {
        return new DeviceSignals(
                request.getHeader("User-Agent"),
                request.getHeader("Sec-CH-UA-Platform"),
                request.getHeader("Sec-CH-UA-Platform-Version"),
                request.getHeader("Sec-CH-UA-Mobile"),
                request.getHeader("Sec-CH-UA-Model"));
    }
}
