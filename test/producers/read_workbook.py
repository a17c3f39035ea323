"""Reads workbooks with openpyxl, a reader independent of Målkoll's, and
prints what it finds as JSON: per sheet the cells (cached value, formula,
number format, solid fill, hyperlink), tables, merged ranges, frozen panes,
protection, validations and conditional formats; the defined names. The
corpus tests build the expected plan from the input's dump and look for it
in the output's.

    /usr/bin/python3 read_workbook.py FILE... > dump.json

A file openpyxl cannot read gets {"error": "..."} instead of a dump.
"""
import datetime
import json
import sys
import traceback
import warnings

import openpyxl

warnings.simplefilter("ignore")


def plain(value, data_type):
    if value is None:
        return None
    if data_type == "e":
        return {"error": str(value)}
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime.datetime):
        return {"date": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"date": datetime.datetime(value.year, value.month, value.day).isoformat()}
    if isinstance(value, datetime.time):
        return {"time": value.isoformat()}
    return str(value)


def fill_of(cell):
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = fill.fgColor.rgb if fill.fgColor is not None else None
    return rgb if isinstance(rgb, str) else None


def sheet_dump(ws, values_ws):
    cells = []
    for (row, col), cell in sorted(ws._cells.items()):
        cached = values_ws._cells.get((row, col))
        value = plain(cached.value, cached.data_type) if cached is not None else None
        formula = None
        if cell.data_type == "f":
            formula = str(cell.value)
        elif hasattr(cell.value, "text"):  # an array formula
            formula = str(cell.value.text)
        link = None
        if cell.hyperlink is not None:
            link = {
                "location": cell.hyperlink.location,
                "target": cell.hyperlink.target,
                "display": cell.hyperlink.display,
            }
        fill = fill_of(cell)
        if value is None and formula is None and fill is None and link is None:
            continue
        cells.append(
            {
                "row": row,
                "col": col,
                "value": value,
                "formula": formula,
                "numFmt": cell.number_format,
                "fill": fill,
                "link": link,
            }
        )
    tables = []
    for name in sorted(ws.tables.keys()):
        t = ws.tables[name]
        tables.append(
            {
                "name": t.displayName or t.name,
                "ref": t.ref,
                "headerRowCount": 1 if t.headerRowCount is None else t.headerRowCount,
                "totalsRowCount": t.totalsRowCount or 0,
                "columns": [c.name for c in t.tableColumns],
            }
        )
    return {
        "name": ws.title,
        "state": ws.sheet_state,
        "cells": cells,
        "tables": tables,
        "merges": [str(r) for r in ws.merged_cells.ranges],
        "freeze": ws.freeze_panes,
        "protected": bool(ws.protection.sheet),
        "validations": [str(v.sqref) for v in ws.data_validations.dataValidation],
        "conditionalFormats": [str(cf.sqref) for cf in ws.conditional_formatting],
        "columnWidths": {
            key: dim.width for key, dim in sorted(ws.column_dimensions.items()) if dim.customWidth
        },
    }


def dump(path):
    wb = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    names = []
    for dn in wb.defined_names.definedName:
        names.append({"name": dn.name, "value": dn.attr_text, "localSheetId": dn.localSheetId})
    return {
        "sheets": [sheet_dump(ws, values[ws.title]) for ws in wb.worksheets],
        "sheetNames": wb.sheetnames,
        "activeSheet": wb.active.title if wb.active is not None else None,
        "names": names,
    }


def main(paths):
    out = {}
    for path in paths:
        try:
            out[path] = dump(path)
        except Exception as e:  # the test reports it, naming the file
            out[path] = {"error": "%s: %s" % (type(e).__name__, e), "trace": traceback.format_exc()}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
