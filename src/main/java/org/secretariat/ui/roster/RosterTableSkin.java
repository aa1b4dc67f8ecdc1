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

    /**
     * The flow, which lays out on a new count only when the layout pass comes to it, and re-styles a
     * reused row only when its look can change. JavaFX applies CSS to every row whose item changed
     * (so a new cell is measured with its style), and {@code applyCss} re-styles the row and all its
     * cells from scratch: half of a search keystroke's time. A row already styled that stays filled
     * or empty, selected or not, odd or even, looks the same with its new text; any pseudo-class that
     * does change still marks its node for the next CSS pass, and the cases above are re-styled at once.
     */
    private static final class Flow extends VirtualFlow<TableRow<UnitRow>> {
        /** VirtualFlow's marker of a cell not yet styled (its NEW_CELL, not public). */
        private static final String NEW_CELL = "newcell";
        private boolean deferred;

        @Override
        protected void setCellIndex(TableRow<UnitRow> cell, int index) {
            int before = cell.getIndex();
            if (before < 0 || cell.getScene() == null || cell.getProperties().containsKey(NEW_CELL)) {
                super.setCellIndex(cell, index);
                return;
            }
            boolean empty = cell.isEmpty();
            boolean selected = cell.isSelected();
            boolean focused = cell.isFocused();
            cell.updateIndex(index);
            if (cell.isEmpty() != empty || cell.isSelected() != selected || cell.isFocused() != focused
                    || (before & 1) != (index & 1)) {
                cell.applyCss();
            }
        }

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
