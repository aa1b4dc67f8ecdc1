package org.secretariat.ui.roster;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.secretariat.service.roster.UnitRow;

/**
 * The roster table's skin: the standard one, except that a new row count lays the rows out once.
 * JavaFX's flow lays its cells out as soon as it learns the new count, in the middle of the
 * table's own layout, and then again in the same layout pass because the cells it just filled
 * still need layout; each time it re-styles every visible row. Here the first of the two is left
 * to the second: the flow only asks for a layout, which the pass then does.
 */
final class RosterTableSkin extends TableViewSkin<UnitRow> {

    RosterTableSkin(TableView<UnitRow> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<UnitRow>> createVirtualFlow() {
        return new Flow();
    }

    @Override
    protected void updateItemCount() {
        Flow flow = (Flow) getVirtualFlow();
        flow.deferred = true;
        try {
            super.updateItemCount();
        } finally {
            flow.deferred = false;
        }
    }

    /** The flow, which lays out on a new count only when the layout pass comes to it. */
    private static final class Flow extends VirtualFlow<TableRow<UnitRow>> {
        private boolean deferred;

        @Override
        protected void layoutChildren() {
            if (deferred) {
                requestLayout();
                return;
            }
            super.layoutChildren();
        }
    }
}
