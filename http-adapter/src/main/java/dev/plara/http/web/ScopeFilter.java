package dev.plara.http.web;

import dev.plara.http.RequestScope;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/**
 * Puts each request's thread in the {@link RequestScope} for the whole of the request's handling, around every
 * handler, and takes it out after, whatever the handlers did (one that answered early, such as a CORS preflight, and
 * one that failed too).
 */
public final class ScopeFilter implements Filter {

    private final RequestScope scope;

    public ScopeFilter(RequestScope scope) {
        this.scope = scope;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        scope.enter();
        try {
            chain.doFilter(request, response);
        } finally {
            scope.leave();
        }
    }
}
