package org.innovationledger.query.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.innovationledger.security.LedgerSecurityConfiguration;
import org.innovationledger.security.WebLoginPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where a reader lands: the login form leads to {@code /}, which leads to {@code /ui}: the portfolio for managers and
 * auditors ({@link DashboardPage}), the admin's page for an admin, who reads no portfolio.
 */
@Controller
class HomePages {

    @GetMapping("/")
    String root() {
        return "redirect:/ui";
    }

    /** The login form in the interface's layout and the reader's language (see {@link UiSetup#loginPage()}). */
    @GetMapping(WebLoginPage.PATH)
    String login() {
        return "ui/login";
    }

    @GetMapping("/ui/admin")
    String admin() {
        return "ui/admin";
    }

    /** A page the reader's role may not open (the security chain forwards here): 403, in the layout. */
    @RequestMapping(LedgerSecurityConfiguration.DENIED_PAGE)
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "ui/denied";
    }
}
