package org.innovationledger.query.infra.processing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which segments an instance hands over: all groups' segments are shared out evenly between the live instances
 * (a group of one segment counts as one), and an instance holding more than its share releases the surplus, taken
 * one at a time from the group it holds most of, so that every group is spread as well as it can be.
 */
final class FairShare {

    /** A segment to release: the group's processor and the segment's id. */
    record Release(String group, int segment) { }

    private FairShare() {
    }

    static int of(int totalSegments, int liveInstances) {
        return (totalSegments + liveInstances - 1) / Math.max(1, liveInstances);
    }

    /**
     * @param held          per group, the segment ids this instance holds
     * @param totalSegments all segments of the balanced groups, held here, elsewhere or by nobody
     */
    static List<Release> surplus(Map<String, SortedSet<Integer>> held, int totalSegments, int liveInstances) {
        Map<String, SortedSet<Integer>> left = new TreeMap<>();
        held.forEach((group, segments) -> left.put(group, new TreeSet<>(segments)));
        int mine = left.values().stream().mapToInt(SortedSet::size).sum();
        List<Release> releases = new ArrayList<>();
        for (int excess = mine - of(totalSegments, liveInstances); excess > 0; excess--) {
            String group = left.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, SortedSet<Integer>>>comparingInt(e -> e.getValue().size())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElseThrow();
            releases.add(new Release(group, left.get(group).last()));
            left.get(group).remove(left.get(group).last());
        }
        return releases;
    }
}
