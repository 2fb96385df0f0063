package org.innovationledger.app.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front proxy's routing as nginx.conf states it: the map from "$request_method $uri" to the service that owns
 * the request, applied the way nginx applies it (regular expressions in order, first match wins, else the default),
 * and the upstream each service name stands for.
 */
final class ProxyRoutes {

    /** One regular-expression entry of the map, e.g. "~^POST /api/needs(/|$)" → command. */
    record Route(String regex, Pattern pattern, String service) {
    }

    private static final Pattern MAP_BLOCK =
            Pattern.compile("map\\s+\"\\$request_method \\$uri\"\\s+\\$(\\w+)\\s*\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("(?m)^\\s*(\"[^\"]*\"|\\S+)\\s+(\\S+);");
    private static final Pattern UPSTREAM = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}");
    private static final Pattern SERVER = Pattern.compile("(?m)^\\s*server\\s+([\\w.-]+):(\\d+)\\b");
    private static final Pattern PROXY_PASS = Pattern.compile("proxy_pass\\s+([^;]+);");

    final String variable;
    final String defaultService;
    final List<Route> routes;
    /** upstream name → host:port of its server */
    final Map<String, String> upstreams;
    final List<String> proxyPasses;

    ProxyRoutes(String nginxConf) {
        Matcher map = MAP_BLOCK.matcher(nginxConf);
        if (!map.find()) {
            throw new AssertionError("nginx.conf has no map \"$request_method $uri\" $… { … } choosing the service");
        }
        variable = map.group(1);
        String defaultValue = null;
        routes = new ArrayList<>();
        Matcher entry = ENTRY.matcher(map.group(2));
        while (entry.find()) {
            String key = entry.group(1).replaceAll("^\"|\"$", "");
            if (key.equals("default")) {
                defaultValue = entry.group(2);
            } else if (key.startsWith("~")) {
                routes.add(new Route(key.substring(1), Pattern.compile(key.substring(1)), entry.group(2)));
            } else {
                throw new AssertionError("map entry " + key + " is neither default nor a regular expression");
            }
        }
        defaultService = defaultValue;
        upstreams = new LinkedHashMap<>();
        Matcher upstream = UPSTREAM.matcher(nginxConf);
        while (upstream.find()) {
            Matcher server = SERVER.matcher(upstream.group(2));
            if (!server.find()) {
                throw new AssertionError("upstream " + upstream.group(1) + " names no server");
            }
            upstreams.put(upstream.group(1), server.group(1) + ":" + server.group(2));
        }
        proxyPasses = new ArrayList<>();
        Matcher pass = PROXY_PASS.matcher(nginxConf);
        while (pass.find()) {
            proxyPasses.add(pass.group(1).trim());
        }
    }

    /** The service a request goes to. */
    String serviceFor(String method, String path) {
        String subject = method + " " + path;
        for (Route route : routes) {
            if (route.pattern().matcher(subject).find()) {
                return route.service();
            }
        }
        return defaultService;
    }
}
