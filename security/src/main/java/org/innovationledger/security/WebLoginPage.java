package org.innovationledger.security;

/**
 * An assembly whose web interface draws its own login page at {@link #PATH} (in the reader's language, in the
 * interface's layout) declares it with a bean of this type; the UI's chain then leads there instead of Spring
 * Security's generated page. Signing in is still Spring Security's: the page posts {@code username},
 * {@code password} and {@code _csrf} to {@link #PATH}; a failure comes back as {@code ?error}, a sign-out as
 * {@code ?logout}.
 */
public interface WebLoginPage {

    String PATH = "/login";
}
