"""The openpyxl member of the corpus: an Excel table with a totals row, a
comment, an image, a chart, data validation, defined names and frozen panes,
written by openpyxl (as pandas does when it writes through openpyxl).

    /usr/bin/python3 make_openpyxl.py OUT_DIR
"""
import os
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from corpus_data import HEADERS, LAST_COL, LAST_ROW, LISTS, PCT, PERCENT_COLUMNS, ROWS, SHEET, TABLE, write_png

TOTALS_ROW = LAST_ROW + 1


def main(out_dir):
    out = os.path.join(out_dir, "openpyxl.xlsx")
    picture = write_png(os.path.join(out_dir, "openpyxl-bild.png"))
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    for c in PERCENT_COLUMNS:
        for r in range(2, TOTALS_ROW + 1):
            ws.cell(row=r, column=c + 1).number_format = PCT

    # The totals row: a label and the average of the 2023 outcomes.
    ws.cell(row=TOTALS_ROW, column=1, value="Medel")
    outcome_2023 = HEADERS.index("Utfall 2023")
    ws.cell(
        row=TOTALS_ROW,
        column=outcome_2023 + 1,
        value="=SUBTOTAL(101,%s[Utfall 2023])" % TABLE,
    )
    table = Table(displayName=TABLE, ref="A1:%s%d" % (LAST_COL, TOTALS_ROW), totalsRowCount=1)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table._initialise_columns()
    for i, column in enumerate(table.tableColumns):
        column.name = HEADERS[i]
    table.tableColumns[0].totalsRowLabel = "Medel"
    table.tableColumns[outcome_2023].totalsRowFunction = "average"
    table.autoFilter.ref = "A1:%s%d" % (LAST_COL, LAST_ROW)
    ws.add_table(table)

    ws["A2"].comment = Comment("Källa: kommunens e-postsystem, stickprov varje tertial.", "Analytiker")

    lists = wb.create_sheet(LISTS["sheet"])
    lists.append([LISTS["header"]])
    for word in LISTS["values"]:
        lists.append([word])
    lists.sheet_state = "hidden"

    validation = DataValidation(
        type="list",
        formula1="%s!$A$2:$A$%d" % (LISTS["sheet"], len(LISTS["values"]) + 1),
        allow_blank=True,
    )
    ws.add_data_validation(validation)
    validation.add("D2:D%d" % LAST_ROW)

    chart = BarChart()
    chart.title = "Utfall 2023"
    chart.add_data(
        Reference(ws, min_col=outcome_2023 + 1, min_row=1, max_row=LAST_ROW), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=LAST_ROW))
    ws.add_chart(chart, "A%d" % (TOTALS_ROW + 3))

    image = Image(picture)
    ws.add_image(image, "I%d" % (TOTALS_ROW + 3))

    wb.defined_names.append(
        DefinedName("Utfall_2023", attr_text="%s!$F$2:$F$%d" % (SHEET, LAST_ROW))
    )
    wb.defined_names.append(DefinedName("Rapportår", attr_text="2024"))
    ws.freeze_panes = "B2"

    wb.save(out)
    os.remove(picture)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1])
