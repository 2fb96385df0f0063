package org.innovationledger.security;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Where the login form leads in an assembly without the web interface (the command service on its own). */
@RestController
class SignedInPage {

    private final AuthenticatedCaller callers;

    SignedInPage(AuthenticatedCaller callers) {
        this.callers = callers;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String signedIn(Authentication authentication) {
        String who = callers.of(authentication)
                .map(c -> HtmlUtils.htmlEscape(c.principal() + " (" + c.role() + ", " + c.tenant() + ")"))
                .orElse(HtmlUtils.htmlEscape(authentication.getName()) + " (no ledger role)");
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Innovation Ledger</title></head>
                <body><main><h1>Innovation Ledger</h1><p>Signed in as %s.</p>
                <p><a href="/swagger-ui.html">API documentation</a> · <a href="/logout">Sign out</a></p>
                </main></body></html>""".formatted(who);
    }
}
