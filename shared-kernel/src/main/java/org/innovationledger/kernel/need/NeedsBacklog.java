package org.innovationledger.kernel.need;

import java.util.List;

/**
 * One page of the needs backlog.
 *
 * @param total    number of needs matching the filter, on all pages
 * @param position highest global event position reflected by the needs matching the filter
 */
public record NeedsBacklog(List<NeedView> needs, int page, int size, long total, long position) {
}
