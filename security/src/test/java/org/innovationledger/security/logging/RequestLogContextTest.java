package org.innovationledger.security.logging;

import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.security.AuthenticatedCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RequestLogContextTest {

    private final AuthenticatedCaller callers = mock(AuthenticatedCaller.class);

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theRequestsLinesNameTheAuthenticatedCaller() throws Exception {
        when(callers.current()).thenReturn(Optional.of(new Caller("manager@region-stockholm", "PORTFOLIO_MANAGER",
                TenantId.of("region-stockholm"))));
        MDC.put("principal", "left over");

        Map<String, String> during = during(new MockHttpServletRequest("POST", "/api/initiatives"));

        assertThat(during).containsEntry("principal", "manager@region-stockholm")
                .containsEntry("role", "PORTFOLIO_MANAGER")
                .containsEntry("tenant", "region-stockholm")
                .containsKey("correlationId");
        assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("principal", "left over"));
    }

    @Test
    void theRequestsLinesNameItsCorrelationIdAndAnAnonymousCallerNoOne() throws Exception {
        when(callers.current()).thenReturn(Optional.empty());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/initiatives");
        request.addHeader("X-Correlation-Id", "client-42");

        Map<String, String> during = during(request);

        assertThat(during).containsEntry("correlationId", "client-42").doesNotContainKeys("principal", "role");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void aHeaderThatIsNoPlainTokenGetsANewIdTheSameForTheWholeRequest() throws Exception {
        when(callers.current()).thenReturn(Optional.empty());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/initiatives");
        request.addHeader("X-Correlation-Id", "forged\n{\"level\":\"ERROR\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();

        Map<String, String> during = during(request, response);

        assertThat(during.get("correlationId")).matches("[0-9a-f-]{36}")
                .isEqualTo(RequestCorrelation.of(request))
                .as("the client learns it").isEqualTo(response.getHeader("X-Correlation-Id"));
    }

    private Map<String, String> during(MockHttpServletRequest request) throws Exception {
        return during(request, new MockHttpServletResponse());
    }

    private Map<String, String> during(MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        Map<String, String> during = new HashMap<>();
        new RequestLogContext(callers).doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                during.putAll(MDC.getCopyOfContextMap());
            }
        });
        return during;
    }
}
