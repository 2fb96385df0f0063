package org.innovationledger.query.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.organisation.FetchOrganisationUnits;
import org.innovationledger.kernel.organisation.OrganisationUnitKind;
import org.innovationledger.kernel.organisation.OrganisationUnitView;
import org.innovationledger.query.infra.asof.AsOfRefused;
import org.innovationledger.security.AuthenticatedCaller;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every page gets the request's {@link UiRequest} as {@code ui}; bad input (a filter, an as-of point) is answered
 * with a page that says what was wrong, ahead of the API's problem-details advice for the same package.
 */
@ControllerAdvice(basePackageClasses = UiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiAdvice {

    private final AuthenticatedCaller callers;
    private final QueryGateway queries;

    UiAdvice(AuthenticatedCaller callers, QueryGateway queries) {
        this.callers = callers;
        this.queries = queries;
    }

    @ModelAttribute("ui")
    UiRequest ui(HttpServletRequest request) {
        return UiRequest.of(callers.current().orElse(null),
                Language.of(RequestContextUtils.getLocale(request)), request);
    }

    /**
     * The reader's region by its name, as the header shows it: the name of the tenant's unit of kind REGION today,
     * its id while it has none (a region whose organisation is not registered yet).
     */
    @ModelAttribute("regionName")
    String regionName() {
        return callers.current().map(caller -> queries.query(
                        new FetchOrganisationUnits(caller.tenant(), OrganisationUnitKind.REGION),
                        ResponseTypes.multipleInstancesOf(OrganisationUnitView.class)).join().stream()
                .map(OrganisationUnitView::name).findFirst().orElse(caller.tenant().value()))
                .orElse(null);
    }

    /** A malformed filter or as-of point, or one ahead of the ledger: 400 with the reason, in the layout. */
    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badInput(IllegalArgumentException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        ModelAndView page = new ModelAndView("ui/problem");
        page.addObject("ui", ui(request));
        page.addObject("regionName", regionName());
        page.addObject("rule", e instanceof AsOfRefused refused ? refused.rule() : "INVALID_INPUT");
        page.addObject("detail", e.getMessage());
        return page;
    }
}
