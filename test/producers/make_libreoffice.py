"""The LibreOffice member of the corpus: an indicator workbook built in
LibreOffice Calc over UNO and saved as .xlsx by LibreOffice's own filter,
with a database range (exported as an Excel table), a chart, a comment,
data validation, a conditional format, an image, frozen panes (see freeze_first_row_and_column) and a hidden
sheet.

Each further WORKBOOK in OUT_DIR is opened by LibreOffice and saved again as
libreoffice-resaved-WORKBOOK: a table from elsewhere, as LibreOffice writes it
back (without a table style).

    /usr/bin/python3 make_libreoffice.py OUT_DIR [WORKBOOK...]
"""
import os
import re
import sys
import zipfile

import uno
from com.sun.star.awt import Point, Size
from com.sun.star.awt import Rectangle
from com.sun.star.lang import Locale
from com.sun.star.sheet.ValidationType import LIST
from com.sun.star.sheet.ConditionOperator import LESS
from com.sun.star.table import CellAddress, CellRangeAddress

from corpus_data import HEADERS, LAST_ROW, LISTS, PCT, PERCENT_COLUMNS, ROWS, SHEET, TABLE, write_png, LAST_COL
from office import Office, props


def fill_indicators(doc, sheet):
    for c, header in enumerate(HEADERS):
        sheet.getCellByPosition(c, 0).setString(header)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if value is None:
                continue
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
    formats = doc.NumberFormats
    locale = Locale("en", "US", "")
    key = formats.queryKey(PCT, locale, False)
    if key == -1:
        key = formats.addNew(PCT, locale)
    for c in PERCENT_COLUMNS:
        sheet.getCellRangeByPosition(c, 1, c, LAST_ROW - 1).NumberFormat = key


def main(out_dir, resave):
    out = os.path.join(out_dir, "libreoffice.xlsx")
    picture = write_png(os.path.join(out_dir, "libreoffice-bild.png"))
    with Office() as office:
        doc = office.create()
        sheets = doc.Sheets
        sheet = sheets.getByIndex(0)
        sheet.Name = SHEET
        fill_indicators(doc, sheet)

        # The hidden sheet holds the direction words the validation offers.
        sheets.insertNewByName(LISTS["sheet"], 1)
        lists = sheets.getByName(LISTS["sheet"])
        lists.getCellByPosition(0, 0).setString(LISTS["header"])
        for i, word in enumerate(LISTS["values"], start=1):
            lists.getCellByPosition(0, i).setString(word)
        lists.IsVisible = False

        # A named database range with an autofilter: LibreOffice writes it as an Excel table.
        area = CellRangeAddress(0, 0, 0, len(HEADERS) - 1, LAST_ROW - 1)
        doc.DatabaseRanges.addNewByName(TABLE, area)
        db = doc.DatabaseRanges.getByName(TABLE)
        db.ContainsHeader = True
        db.AutoFilter = True

        # Data validation: the direction column takes the words on the hidden sheet.
        directions = sheet.getCellRangeByName("D2:D%d" % LAST_ROW)
        validation = directions.Validation
        validation.Type = LIST
        validation.setFormula1("$%s.$A$2:$A$%d" % (LISTS["sheet"], len(LISTS["values"]) + 1))
        validation.ShowErrorMessage = True
        directions.Validation = validation

        # A conditional format on the outcomes: under 50 % in the "Bad" cell style.
        outcomes = sheet.getCellRangeByName("F2:G%d" % LAST_ROW)
        conditional = outcomes.ConditionalFormat
        conditional.addNew(props(Operator=LESS, Formula1="0.5", StyleName="Bad"))
        outcomes.ConditionalFormat = conditional

        # A comment on the first indicator.
        sheet.Annotations.insertNew(CellAddress(0, 0, 1), "Källa: kommunens e-postsystem, stickprov varje tertial.")

        # A chart of the 2023 outcomes, below the table.
        chart_ranges = (
            CellRangeAddress(0, 0, 0, 0, LAST_ROW - 1),
            CellRangeAddress(0, 5, 0, 5, LAST_ROW - 1),
        )
        sheet.Charts.addNewByName("Utfall2023", Rectangle(1000, 4000, 12000, 6000), chart_ranges, True, True)

        # An image, below the chart.
        provider = office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.graphic.GraphicProvider", office.ctx
        )
        graphic = provider.queryGraphic(props(URL=uno.systemPathToFileUrl(picture)))
        shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
        shape.Graphic = graphic
        sheet.DrawPage.add(shape)
        shape.setSize(Size(2400, 1200))
        shape.setPosition(Point(1000, 11000))

        office.store(doc, out, "Calc MS Excel 2007 XML")
        doc.close(True)

        for name in resave:
            doc = office.load(os.path.join(out_dir, name))
            if doc is None:
                raise SystemExit("LibreOffice could not open %s" % name)
            target = os.path.join(out_dir, "libreoffice-resaved-" + os.path.splitext(name)[0] + ".xlsx")
            office.store(doc, target, "Calc MS Excel 2007 XML")
            doc.close(True)
            print(target)
    os.remove(picture)
    freeze_first_row_and_column(out)
    print(out)


def freeze_first_row_and_column(path):
    """Frozen panes, put into LibreOffice's own sheet XML after the save:
    LibreOffice 7.4 headless ignores freezeAtPosition on a hidden view and
    drops panes when it converts, so it cannot write them itself here."""
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    pane = (
        '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>'
        '<selection pane="bottomRight" activeCell="B2" sqref="B2"/>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == part:
                text, count = re.subn(r"<selection [^>]*/>", pane, data.decode("utf-8"), count=1)
                if count != 1:
                    raise SystemExit("LibreOffice wrote no selection in %s to put the pane before" % part)
                data = text.encode("utf-8")
            zout.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
