package org.transferwatch.monitoring.ui;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.transferwatch.base.ui.ListNews;
import org.transferwatch.monitoring.ListVisitService;

/** The Transfers list's "New" and "Updated" marks, from the change events since the user's previous visit. */
@Component
class ListNewsMarks implements ListNews {

    private final ListVisitService visits;

    ListNewsMarks(ListVisitService visits) {
        this.visits = visits;
    }

    @Override
    public Since visit(String list) {
        var previous = visits.visit(list);
        return transferIds -> previous.isEmpty() || transferIds.isEmpty() ? Map.of()
                : visits.marks(previous.get(), transferIds);
    }

}
