package org.innovationledger.app.operations;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kustomization read the way {@code kubectl kustomize} builds it, as far as these manifests use it: resources
 * (files and other kustomizations), ConfigMap generators from env files and files (merged by name), and strategic
 * merge patches of Deployments' container environments. Enough to see what each container gets, without kubectl.
 */
final class KustomizeOverlay {

    final Path directory;
    final List<Map<String, Object>> resources = new ArrayList<>();
    /** generated ConfigMaps: name → data */
    final Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
    /** generated ConfigMaps: name → the files they were generated from (key → path) */
    final Map<String, Map<String, Path>> configMapFiles = new LinkedHashMap<>();
    private final List<Map<String, Object>> patches = new ArrayList<>();

    KustomizeOverlay(Path directory) {
        this.directory = directory;
        load(directory);
    }

    @SuppressWarnings("unchecked")
    private void load(Path dir) {
        Map<String, Object> kustomization = (Map<String, Object>) new Yaml().load(read(dir.resolve("kustomization.yaml")));
        for (Object resource : list(kustomization.get("resources"))) {
            Path path = dir.resolve(resource.toString()).normalize();
            if (Files.isDirectory(path)) {
                load(path);
            } else {
                resources.addAll(documents(path));
            }
        }
        for (Object generator : list(kustomization.get("configMapGenerator"))) {
            Map<String, Object> g = (Map<String, Object>) generator;
            String name = g.get("name").toString();
            boolean merge = "merge".equals(g.get("behavior"));
            if (!merge && configMaps.containsKey(name)) {
                throw new AssertionError(dir + ": ConfigMap " + name + " generated twice without behavior: merge");
            }
            if (merge && !configMaps.containsKey(name)) {
                throw new AssertionError(dir + ": ConfigMap " + name + " merged but no base generates it");
            }
            Map<String, String> data = configMaps.computeIfAbsent(name, n -> new LinkedHashMap<>());
            Map<String, Path> files = configMapFiles.computeIfAbsent(name, n -> new LinkedHashMap<>());
            for (Object env : list(g.get("envs"))) {
                for (String line : read(dir.resolve(env.toString())).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        int eq = line.indexOf('=');
                        data.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            for (Object file : list(g.get("files"))) {
                Path path = dir.resolve(file.toString());
                data.put(path.getFileName().toString(), read(path));
                files.put(path.getFileName().toString(), path);
            }
        }
        for (Object patch : list(kustomization.get("patches"))) {
            patches.addAll(documents(dir.resolve(((Map<String, Object>) patch).get("path").toString())));
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return resources.stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(ServiceSettings.at(r, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(directory + " has no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> container(Map<String, Object> workload, String name) {
        for (Object c : list(ServiceSettings.at(workload, "spec", "template", "spec", "containers"))) {
            if (name.equals(((Map<String, Object>) c).get("name"))) {
                return (Map<String, Object>) c;
            }
        }
        throw new AssertionError("no container " + name + " in " + ServiceSettings.at(workload, "metadata", "name"));
    }

    /** A Deployment container's environment after the patches: name → its entry (value or valueFrom). */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> explicitEnv(String deployment, String containerName) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        for (Object e : list(container(named("Deployment", deployment), containerName).get("env"))) {
            env.put(((Map<String, Object>) e).get("name").toString(), (Map<String, Object>) e);
        }
        for (Map<String, Object> patch : patches) {
            if ("Deployment".equals(patch.get("kind")) && deployment.equals(ServiceSettings.at(patch, "metadata", "name"))) {
                for (Object c : list(ServiceSettings.at(patch, "spec", "template", "spec", "containers"))) {
                    Map<String, Object> patched = (Map<String, Object>) c;
                    if (containerName.equals(patched.get("name"))) {
                        for (Object e : list(patched.get("env"))) {
                            env.put(((Map<String, Object>) e).get("name").toString(), (Map<String, Object>) e);
                        }
                    }
                }
            }
        }
        return env;
    }

    /** Everything a container's environment holds: its envFrom ConfigMaps' keys and its own variables. */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String deployment, String containerName) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object from : list(container(named("Deployment", deployment), containerName).get("envFrom"))) {
            Object configMap = ServiceSettings.at(from, "configMapRef", "name");
            if (configMap == null) {
                throw new AssertionError(deployment + ": only envFrom configMapRef is expected, found " + from);
            }
            Map<String, String> data = configMaps.get(configMap.toString());
            if (data == null) {
                throw new AssertionError(deployment + " takes its environment from ConfigMap " + configMap
                        + ", which no configMapGenerator of " + directory + " makes");
            }
            env.putAll(data);
        }
        explicitEnv(deployment, containerName).forEach((name, entry) ->
                env.put(name, Objects.toString(entry.get("value"), "<from " + entry.get("valueFrom") + ">")));
        return env;
    }

    /** A Secret's string data (its stringData). */
    @SuppressWarnings("unchecked")
    Map<String, Object> secret(String name) {
        Object data = named("Secret", name).get("stringData");
        return data == null ? Map.of() : (Map<String, Object>) data;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
