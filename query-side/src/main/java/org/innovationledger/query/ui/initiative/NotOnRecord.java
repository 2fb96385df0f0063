package org.innovationledger.query.ui.initiative;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * The 404 page, in the layout, for an id the reader's region has nothing under at the page's point in history:
 * never made, made later than the point asked for, or another region's and not shared (which it must not learn).
 */
final class NotOnRecord {

    static final String PAGE = "ui/initiative/missing";

    private NotOnRecord() {
    }

    static String page(Object id, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("what", String.valueOf(id));
        return PAGE;
    }
}
