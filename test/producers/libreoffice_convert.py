"""Opens workbooks in LibreOffice (headless, one soffice for all of them) and
saves each again as .xlsx: the corpus tests' proof that LibreOffice opens
what Målkoll wrote. Prints JSON: file → {"converted": path} or {"error": …}.

    /usr/bin/python3 libreoffice_convert.py OUT_DIR FILE...
"""
import json
import os
import sys

from office import Office


def main(out_dir, files):
    result = {}
    with Office() as office:
        for path in files:
            target = os.path.join(out_dir, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
            try:
                doc = office.load(path)
                if doc is None:
                    result[path] = {"error": "LibreOffice could not open the file"}
                    continue
                try:
                    office.store(doc, target, "Calc MS Excel 2007 XML")
                finally:
                    doc.close(True)
                result[path] = {"converted": target}
            except Exception as e:  # named per file by the test
                result[path] = {"error": "%s: %s" % (type(e).__name__, e)}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
