"""The XlsxWriter members of the corpus: an .xlsx with an Excel table with a
totals row, a comment, an image, a chart, data validation, defined names and
frozen panes; and an .xlsm with the same and a VBA project and a button
that runs one of its macros.

The VBA project is the one python3-xlsxwriter ships for its macros example
(a compound file with Module1's say_hello): XlsxWriter cannot make one.

    /usr/bin/python3 make_xlsxwriter.py OUT_DIR
"""
import os
import sys

import xlsxwriter

from corpus_data import HEADERS, LAST_COL, LAST_ROW, LISTS, PCT, PERCENT_COLUMNS, ROWS, SHEET, TABLE, write_png

VBA_PROJECT = "/usr/share/doc/python3-xlsxwriter/examples/vbaProject.bin"
TOTALS_ROW = LAST_ROW + 1


def build(path, picture, with_macros):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet(SHEET)
    pct = wb.add_format({"num_format": PCT})
    outcome_2023 = HEADERS.index("Utfall 2023")
    columns = []
    for i, header in enumerate(HEADERS):
        column = {"header": header}
        if i in PERCENT_COLUMNS:
            column["format"] = pct
        if i == 0:
            column["total_string"] = "Medel"
        if i == outcome_2023:
            column["total_function"] = "average"
        columns.append(column)
    # Empty outcomes stay empty cells, as an official leaves them.
    data = [[("" if v is None else v) for v in row] for row in ROWS]
    ws.add_table(
        "A1:%s%d" % (LAST_COL, TOTALS_ROW),
        {"name": TABLE, "columns": columns, "data": data, "total_row": True, "style": "Table Style Medium 9"},
    )
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if value is None:
                ws.write_blank(r, c, None, pct if c in PERCENT_COLUMNS else None)
    ws.set_column(0, 0, 44)
    ws.set_column(1, 1, 40)
    ws.set_column(2, len(HEADERS) - 1, 16)
    ws.write_comment("A2", "Källa: kommunens e-postsystem, stickprov varje tertial.", {"author": "Analytiker"})

    lists = wb.add_worksheet(LISTS["sheet"])
    lists.write_column(0, 0, [LISTS["header"]] + LISTS["values"])
    lists.hide()

    ws.data_validation(
        "D2:D%d" % LAST_ROW,
        {"validate": "list", "source": "=%s!$A$2:$A$%d" % (LISTS["sheet"], len(LISTS["values"]) + 1)},
    )
    ws.conditional_format(
        "F2:G%d" % LAST_ROW,
        {"type": "cell", "criteria": "<", "value": 0.5, "format": wb.add_format({"bg_color": "#FFC7CE"})},
    )

    chart = wb.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": "Utfall 2023",
            "categories": [SHEET, 1, 0, LAST_ROW - 1, 0],
            "values": [SHEET, 1, outcome_2023, LAST_ROW - 1, outcome_2023],
        }
    )
    chart.set_title({"name": "Utfall 2023"})
    ws.insert_chart("A%d" % (TOTALS_ROW + 3), chart)
    ws.insert_image("I%d" % (TOTALS_ROW + 3), picture)

    wb.define_name("Utfall_2023", "=%s!$F$2:$F$%d" % (SHEET, LAST_ROW))
    wb.define_name("Rapportår", "=2024")
    ws.freeze_panes(1, 1)

    if with_macros:
        wb.add_vba_project(VBA_PROJECT)
        ws.insert_button("I2", {"macro": "say_hello", "caption": "Säg hej", "width": 80, "height": 30})
    wb.close()
    print(path)


def main(out_dir):
    if not os.path.isfile(VBA_PROJECT):
        raise SystemExit(
            "%s is missing: python3-xlsxwriter was installed without its examples (dpkg path-exclude?)"
            % VBA_PROJECT
        )
    picture = write_png(os.path.join(out_dir, "xlsxwriter-bild.png"))
    build(os.path.join(out_dir, "xlsxwriter.xlsx"), picture, False)
    build(os.path.join(out_dir, "xlsxwriter-makro.xlsm"), picture, True)
    os.remove(picture)


if __name__ == "__main__":
    main(sys.argv[1])
