package org.innovationledger.query.infra.asof;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.query.infra.replay.ReadsProcessingGroup;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which beans make up which read model: the projections (event handlers) of each processing group, and for each
 * query the processing groups its handler reads. A query handler answers from its own group when it is a projection,
 * from the groups named by {@link ReadsProcessingGroup} otherwise; the whole group is replayed, since a handler may read
 * documents another bean of its group writes. Queries whose handlers name no group cannot be answered as of.
 */
final class ReadModelCatalogue {

    private final Map<String, List<Object>> projections;
    private final Map<String, Set<String>> groupsByQuery;
    private final List<Object> queryBeans;
    private final Set<String> unanswerable;

    private ReadModelCatalogue(Map<String, List<Object>> projections, Map<String, Set<String>> groupsByQuery,
                               List<Object> queryBeans, Set<String> unanswerable) {
        this.projections = projections;
        this.groupsByQuery = groupsByQuery;
        this.queryBeans = queryBeans;
        this.unanswerable = unanswerable;
    }

    /** Whether a bean of this type takes part: it handles events or queries. */
    static boolean isReadModel(Class<?> type) {
        Class<?> user = ClassUtils.getUserClass(type);
        return !annotated(user, EventHandler.class).isEmpty() || !annotated(user, QueryHandler.class).isEmpty();
    }

    static ReadModelCatalogue of(Collection<?> beans) {
        Map<String, List<Object>> projections = new LinkedHashMap<>();
        Map<String, Set<String>> groupsByQuery = new LinkedHashMap<>();
        List<Object> queryBeans = new ArrayList<>();
        Set<String> unanswerable = new TreeSet<>();
        Map<Object, Set<String>> answering = new LinkedHashMap<>();
        for (Object bean : beans) {
            Class<?> type = ClassUtils.getUserClass(bean);
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            boolean projection = !annotated(type, EventHandler.class).isEmpty();
            if (projection) {
                // Axon's default group for a handler without @ProcessingGroup is its package
                String name = group != null ? group.value() : type.getPackageName();
                projections.computeIfAbsent(name, g -> new ArrayList<>()).add(bean);
            }
            List<Method> queries = annotated(type, QueryHandler.class);
            if (queries.isEmpty()) {
                continue;
            }
            Set<String> groups = new LinkedHashSet<>();
            if (projection) {
                groups.add(group != null ? group.value() : type.getPackageName());
            }
            ReadsProcessingGroup reads = AnnotatedElementUtils.findMergedAnnotation(type, ReadsProcessingGroup.class);
            if (reads != null) {
                groups.add(reads.value());
            }
            for (Method method : queries) {
                String query = queryName(method);
                if (groups.isEmpty()) {
                    unanswerable.add(query);
                } else {
                    groupsByQuery.computeIfAbsent(query, q -> new TreeSet<>()).addAll(groups);
                }
            }
            if (!groups.isEmpty()) {
                queryBeans.add(bean);
                answering.put(bean, groups);
            }
        }
        answering.forEach((bean, groups) -> groups.forEach(group -> {
            if (!projections.containsKey(group)) {
                throw new IllegalStateException(ClassUtils.getUserClass(bean).getName() + " answers from processing"
                        + " group '" + group + "', which has no event handlers");
            }
        }));
        unanswerable.removeAll(groupsByQuery.keySet());
        return new ReadModelCatalogue(projections, groupsByQuery, List.copyOf(queryBeans), unanswerable);
    }

    /** The processing groups whose documents answer the query; empty when it cannot be answered as of. */
    Set<String> groupsAnswering(String queryName) {
        return groupsByQuery.getOrDefault(queryName, Set.of());
    }

    /** The projections of a processing group. */
    List<Object> projections(String group) {
        return projections.getOrDefault(group, List.of());
    }

    Set<String> groups() {
        return projections.keySet();
    }

    /** The beans whose query handlers can be answered as of. */
    List<Object> queryBeans() {
        return queryBeans;
    }

    /** Queries handled by beans that read no processing group's documents. */
    Set<String> unanswerable() {
        return unanswerable;
    }

    Set<String> answerable() {
        return groupsByQuery.keySet();
    }

    /** As Axon names a query: the annotation's queryName, else the payload's class name. */
    private static String queryName(Method method) {
        QueryHandler handler = AnnotatedElementUtils.findMergedAnnotation(method, QueryHandler.class);
        if (handler != null && !handler.queryName().isEmpty()) {
            return handler.queryName();
        }
        if (method.getParameterCount() == 0) {
            throw new IllegalStateException("query handler without a payload parameter: " + method);
        }
        return method.getParameterTypes()[0].getName();
    }

    private static List<Method> annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> marker) {
        List<Method> found = new ArrayList<>();
        ReflectionUtils.doWithMethods(type, found::add, method -> AnnotatedElementUtils.hasAnnotation(method, marker));
        return found;
    }
}
