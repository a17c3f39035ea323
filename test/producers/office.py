"""A private LibreOffice for one script run: soffice headless with its own
profile (so that parallel runs do not share one and clash) and a pipe,
reached over Python-UNO. Run with /usr/bin/python3, whose uno module
belongs to the installed LibreOffice."""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def props(**values):
    """UNO property values from keyword arguments, as loadComponentFromURL wants them."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


class Office:
    """soffice started on enter, killed (only this process) and its profile removed on exit."""

    def __enter__(self):
        # A test runner that gives up on this script sends SIGTERM: end soffice with it.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        self.profile = tempfile.mkdtemp(prefix="malkoll-lo-profile-")
        self.pipe = "malkoll_" + os.path.basename(self.profile).replace("-", "_")
        soffice = shutil.which("soffice")
        if not soffice:
            raise SystemExit("soffice is missing: install libreoffice-calc-nogui")
        self.proc = subprocess.Popen(
            [
                soffice,
                "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        deadline = time.time() + 120
        while True:
            try:
                ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe
                )
                break
            except Exception:
                if self.proc.poll() is not None:
                    raise SystemExit("soffice ended before it could be reached (exit %s)" % self.proc.returncode)
                if time.time() > deadline:
                    self.proc.kill()
                    raise SystemExit("soffice could not be reached within 120 s")
                time.sleep(0.25)
        self.ctx = ctx
        self.desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx
        )
        return self

    def create(self, kind="scalc"):
        return self.desktop.loadComponentFromURL(
            "private:factory/" + kind, "_blank", 0, props(Hidden=True)
        )

    def load(self, path):
        """The document, or None when LibreOffice cannot open it."""
        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, props(Hidden=True)
        )

    def store(self, doc, path, filter_name):
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(path)),
            props(FilterName=filter_name, Overwrite=True),
        )

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice ends
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)
        return False
