package org.innovationledger.query.infra.asof;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.function.Supplier;

/**
 * The HTTP side of as-of answers, for every GET of the query API: {@code asOf} and {@code asOfPosition} are resolved
 * to a point in the ledger before the controller runs (malformed, combined or ahead of the ledger: 400; blank: absent), and the
 * query gateway then answers the controller's queries as of that point ({@link AsOfQueryGateway}); see
 * {@link AsOfResponses} for what is refused.
 */
final class AsOfWeb implements WebMvcConfigurer {

    static final String AS_OF = "asOf";
    static final String AS_OF_POSITION = "asOfPosition";
    private static final String QUERY_API = "org.innovationledger.query.";

    private final Supplier<AsOfAnswers> answers;

    AsOfWeb(Supplier<AsOfAnswers> answers) {
        this.answers = answers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Resolution(answers));
    }

    static final class Resolution implements HandlerInterceptor {

        private final Supplier<AsOfAnswers> answers;

        Resolution(Supplier<AsOfAnswers> answers) {
            this.answers = answers;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!"GET".equals(request.getMethod()) || !queryApi(handler)) {
                return true;
            }
            String asOf = given(request.getParameter(AS_OF));
            String asOfPosition = given(request.getParameter(AS_OF_POSITION));
            if (asOf == null && asOfPosition == null) {
                return true;
            }
            answers.get().resolve(asOf, asOfPosition)
                    .ifPresent(point -> new AsOfRequest(point, response).attachTo(request));
            return true;
        }

        /** A blank parameter is an absent one, as for every other query parameter (a form's empty field). */
        private static String given(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        private static boolean queryApi(Object handler) {
            return handler instanceof HandlerMethod method
                    && ClassUtils.getUserClass(method.getBeanType()).getName().startsWith(QUERY_API);
        }
    }
}
