package org.secretariat.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every worksheet of an .xlsx with POI's streaming API (one SAX pass per part) instead of
 * building its XMLBeans workbook, for several times less work on a large roster: workbook.xml for
 * the active tab and the 1904 date system, the shared strings and styles, then each worksheet in
 * the order of the tabs. The zip-bomb guard of POI (ZipSecureFile) applies as for the usermodel.
 */
final class XlsxStream {

    /** Every worksheet's text, in tab order, and the 0-based index of the tab saved active. */
    record Workbook(List<SheetText> sheets, int activeSheet) {
    }

    private XlsxStream() {
    }

    static Workbook read(InputStream in, int maxRows, int maxColumns)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage pkg = OPCPackage.open(in);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookPart book = new WorkbookPart();
            try (InputStream data = reader.getWorkbookData()) {
                parse(data, book);
            }
            StylesTable styles = reader.getStylesTable();
            XlsxCellText texts = new XlsxCellText(new ReadOnlySharedStringsTable(pkg, false), styles, book.date1904);
            List<SheetText> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream data = it.next()) {
                    WorksheetHandler handler = new WorksheetHandler(texts, maxRows, maxColumns);
                    parse(data, handler);
                    sheets.add(handler.result(it.getSheetName()));
                }
            }
            return new Workbook(sheets, book.activeTab);
        } finally {
            pkg.revert(); // read only: close without saving anything back
        }
    }

    private static void parse(InputStream data, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader(); // no DTDs, no external entities
        xml.setContentHandler(handler);
        xml.parse(new InputSource(data));
    }

    /** What workbook.xml says besides the sheets: the tab saved active, the date system. */
    private static final class WorkbookPart extends DefaultHandler {
        int activeTab;
        boolean date1904;
        private boolean firstView = true;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (localName.equals("workbookPr")) {
                String d = atts.getValue("date1904");
                date1904 = "1".equals(d) || "true".equals(d);
            } else if (localName.equals("workbookView") && firstView) {
                firstView = false;
                String tab = atts.getValue("activeTab");
                activeTab = tab == null ? 0 : Integer.parseInt(tab);
            }
        }
    }
}
