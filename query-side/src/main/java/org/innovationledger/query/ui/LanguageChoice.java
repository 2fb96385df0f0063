package org.innovationledger.query.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=sv|en|da} on any page switches the language and keeps it in a cookie; other values are ignored, so a
 * stray parameter never breaks a page.
 */
final class LanguageChoice implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language.of(request.getParameter(PARAMETER)).ifPresent(language -> {
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, language.locale());
            }
        });
        return true;
    }
}
