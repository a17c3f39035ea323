/**
 * An in-memory fake of the part of the Excel JavaScript API (Office.js) that
 * the Office.js adapter uses, faithful where it catches real bugs:
 *
 * - proxies: properties are readable only after load() and context.sync();
 *   reading one before throws PropertyNotLoaded, as Office.js does;
 * - queued work runs at sync(), in order; a failing call stops the batch
 *   there (what ran stays done) and rejects with a RichApi.Error carrying
 *   code and debugInfo.errorLocation;
 * - every sync's request (the queued calls and their data) and response
 *   (what was loaded) is measured as UTF-8 bytes of JSON, and, like Excel on
 *   the web, more than payloadLimit bytes either way fails. These compact
 *   records are smaller than Office.js's own; request sizes are measured
 *   against Microsoft's request builder in payload-real.test.ts
 *   (test/support/real-office-js.ts);
 * - inside a merged undo group (Excel.run with mergeUndoGroup, ExcelApi
 *   1.20) the calls without undo support fail with UndoNotSupported;
 * - cell writes behave like typing: a string such as "=SUM(A1)" becomes a
 *   formula unless the cell is formatted as text ("@") or starts with "'";
 * - protected sheets refuse writes (AccessDenied).
 *
 * Plain JavaScript without imports: require() it under jest, or inject it
 * into a page before the app loads (Playwright addInitScript) and call
 * createFakeExcel(workbook, { install: true }) to set globalThis.Excel/Office.
 */
/* global TextEncoder */
(function (root) {
  'use strict';

  let MAX_ROWS = 1048576;
  let MAX_COLS = 16384;
  /** Range.getMergedAreasOrNullObject fails above this many areas. */
  let MAX_MERGED_AREAS = 512;
  let encoder = new TextEncoder();

  // ---- A1 addresses ---------------------------------------------------

  function letters(col) {
    let s = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function colNumber(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) n = n * 26 + (text.toUpperCase().charCodeAt(i) - 64);
    return n;
  }

  /** "A1", "$B$2:C3", "A:C", "2:5" (no sheet) → { top, left, bottom, right }. */
  function parseRect(text) {
    let parts = text.replace(/\$/g, '').trim().split(':');
    let a = parseEnd(parts[0]);
    let b = parts.length > 1 ? parseEnd(parts[1]) : a;
    if (!a || !b || parts.length > 2) return null;
    return {
      top: Math.min(a.row || 1, b.row || 1),
      left: Math.min(a.col || 1, b.col || 1),
      bottom: Math.max(a.row || MAX_ROWS, b.row || MAX_ROWS),
      right: Math.max(a.col || MAX_COLS, b.col || MAX_COLS),
    };
  }

  function parseEnd(text) {
    let m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(text);
    if (!m || (!m[1] && !m[2])) return null;
    return { col: m[1] ? colNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  }

  function rectA1(r) {
    if (r.top === 1 && r.bottom === MAX_ROWS) return letters(r.left) + ':' + letters(r.right);
    let start = letters(r.left) + r.top;
    return r.top === r.bottom && r.left === r.right
      ? start
      : start + ':' + letters(r.right) + r.bottom;
  }

  function absoluteA1(r) {
    let start = '$' + letters(r.left) + '$' + r.top;
    if (r.top === r.bottom && r.left === r.right) return start;
    return start + ':$' + letters(r.right) + '$' + r.bottom;
  }

  /** Excel quotes a sheet name in a reference unless it is a plain word. */
  function sheetRef(name) {
    if (
      /^[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*$/.test(name) &&
      !/^[A-Za-z]{1,3}\d+$/.test(name)
    )
      return name;
    return "'" + name.replace(/'/g, "''") + "'";
  }

  /** "'Nämnd A'!$A$1:$B$2" → { sheet, rect }; the sheet is null when absent. */
  function parseRef(text) {
    let s = text.trim().replace(/^=/, '');
    let bang = s.lastIndexOf('!');
    let sheet = null;
    if (bang >= 0) {
      sheet = s.slice(0, bang);
      if (sheet[0] === "'") sheet = sheet.slice(1, -1).replace(/''/g, "'");
      s = s.slice(bang + 1);
    }
    let rect = parseRect(s);
    return rect ? { sheet: sheet, rect: rect } : null;
  }

  function splitAreas(text) {
    return text
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter(Boolean);
  }

  function intersects(a, b) {
    return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  }

  function contains(outer, inner) {
    return (
      outer.top <= inner.top &&
      outer.left <= inner.left &&
      outer.bottom >= inner.bottom &&
      outer.right >= inner.right
    );
  }

  function same(a, b) {
    return a.toLowerCase() === b.toLowerCase();
  }

  // ---- Errors ----------------------------------------------------------

  function richError(code, message, location) {
    let error = new Error(message);
    error.name = 'RichApi.Error';
    error.code = code;
    error.debugInfo = { code: code, message: message, errorLocation: location || '' };
    return error;
  }

  function notLoaded(kind, prop) {
    return richError(
      'PropertyNotLoaded',
      "The property '" +
        prop +
        '\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
      kind + '.' + prop,
    );
  }

  // ---- Cells ----------------------------------------------------------

  /** Cells live in one Map per sheet under a number: row * KEY_ROW + col. */
  let KEY_ROW = 20000;

  function key(row, col) {
    return row * KEY_ROW + col;
  }

  function isEmpty(cell) {
    return !cell || cell.value === null || cell.value === undefined || cell.value === '';
  }

  function newCell() {
    return { value: null, numberFormat: 'General', format: {} };
  }

  function serial(date) {
    return (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
  }

  // ---- Typing, as sv-SE and en-US Excel read what is typed ------------------

  let MONTHS = {
    'sv-SE': ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    'en-US': ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  };
  let BOOLEANS = {
    'sv-SE': { sant: true, falskt: false },
    'en-US': { true: true, false: false },
  };
  let NUMBER = {
    // 1 234,5 and 1234,5 (decimal comma, space as thousands separator).
    'sv-SE': /^[+-]?(\d{1,3}([ \u00a0]\d{3})+|\d+)(,\d*)?(e[+-]?\d+)?$|^[+-]?,\d+$/i,
    // 1,234.5 and 1234.5 (decimal point, comma as thousands separator).
    'en-US': /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?(e[+-]?\d+)?$|^[+-]?\.\d+$/i,
  };

  function plainNumber(text, culture) {
    let t = text.trim();
    if (!NUMBER[culture].test(t)) return null;
    t = culture === 'sv-SE' ? t.replace(/[ \u00a0]/g, '').replace(',', '.') : t.replace(/,/g, '');
    return Number(t);
  }

  function dateSerial(y, m, d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return serial(new Date(Date.UTC(y, m - 1, d)));
  }

  function monthIndex(word, culture) {
    let w = word.toLowerCase().replace(/\.$/, '');
    let i = MONTHS[culture].findIndex((m) => w.startsWith(m) && w.length <= 9);
    return i < 0 ? null : i + 1;
  }

  /** What Excel in `culture` makes of a typed string: a number, date, truth value, or null (text). */
  function typedIn(text, culture) {
    let t = text.trim();
    let n = plainNumber(t, culture);
    if (n !== null) return { value: n };
    // Negative in parentheses, currency, percentages.
    let paren = /^\((.+)\)$/.exec(t);
    if (paren) {
      let inner = typedIn(paren[1], culture);
      if (inner && typeof inner.value === 'number') return { value: -inner.value };
    }
    let currency = /^([$\u20ac\u00a3])\s?(.+)$/.exec(t) || /^(.+?)\s?(kr|\u20ac|\$)$/i.exec(t);
    if (currency) {
      let amount = plainNumber(currency[1].length === 1 ? currency[2] : currency[1], culture);
      if (amount !== null) return { value: amount, numberFormat: '#,##0.00' };
    }
    let percent = /^(.+?)\s?%$/.exec(t);
    if (percent) {
      let p = plainNumber(percent[1], culture);
      if (p !== null) return { value: p / 100, numberFormat: '0%' };
    }
    let word = t.toLowerCase();
    // Own keys only: "__proto__" is text, not a truth value.
    if (Object.prototype.hasOwnProperty.call(BOOLEANS[culture], word))
      return { value: BOOLEANS[culture][word] };
    // Dates: ISO everywhere; d/m or d.m in Swedish, m/d in English; a month name and a year.
    let iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (iso) return dated(dateSerial(+iso[1], +iso[2], +iso[3]));
    let year = 2024;
    let dm =
      culture === 'sv-SE'
        ? /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?$/.exec(t)
        : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t);
    if (dm) {
      let y = dm[3] ? (dm[3].length === 2 ? 2000 + +dm[3] : +dm[3]) : year;
      let day = culture === 'sv-SE' ? +dm[1] : +dm[2];
      let month = culture === 'sv-SE' ? +dm[2] : +dm[1];
      return dated(dateSerial(y, month, day));
    }
    let named = /^(\p{L}+\.?)[\s\-/]+(\d{1,4})$/u.exec(t);
    if (named && monthIndex(named[1], culture)) {
      let y = named[2].length <= 2 ? 2000 + +named[2] : +named[2];
      return dated(dateSerial(y, monthIndex(named[1], culture), 1));
    }
    let dayMonth = /^(\d{1,2})[\s-]+(\p{L}+\.?)$/u.exec(t);
    if (dayMonth && monthIndex(dayMonth[2], culture))
      return dated(dateSerial(year, monthIndex(dayMonth[2], culture), +dayMonth[1]));
    // Times.
    if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) return { value: 0.5, numberFormat: 'h:mm' };
    return null;
  }

  function dated(value) {
    return value === null ? null : { value: value, numberFormat: 'yyyy-mm-dd' };
  }

  /**
   * A typed entry, as Excel in `culture` reads it (Range.values types its
   * strings); the text format ("@") keeps everything as text.
   */
  function typedValue(cell, input, culture) {
    if (typeof input !== 'string') return { value: input };
    if (cell.numberFormat === '@') return { value: input };
    if (input[0] === "'") return { value: input.slice(1) };
    if (input.length > 1 && /^[=+\-@]/.test(input)) {
      let asNumber = typedIn(input, culture);
      if (asNumber) return asNumber;
      return { value: { error: '#NAME?' }, formula: input };
    }
    if (
      /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!|SAKNAS!|NAMN\?|REFERENS!|V\u00c4RDEFEL!|DIVISION\/0!)$/i.test(
        input.trim(),
      )
    )
      return { value: { error: input.trim().toUpperCase() } };
    return typedIn(input, culture) || { value: input };
  }

  function valueType(cell) {
    if (isEmpty(cell)) return 'Empty';
    let v = cell.value;
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    if (typeof v === 'object') return 'Error';
    return 'String';
  }

  function plainValue(cell) {
    if (isEmpty(cell)) return '';
    return typeof cell.value === 'object' ? cell.value.error : cell.value;
  }

  // ---- The workbook state ------------------------------------------------

  function initialCell(input) {
    let cell = newCell();
    if (typeof input !== 'object') {
      cell.value = input;
      return cell;
    }
    let spec =
      input !== null && typeof input === 'object' && !(input instanceof Date) && !('error' in input)
        ? input
        : { value: input };
    let value = spec.value === undefined ? null : spec.value;
    if (value instanceof Date) {
      cell.value = serial(value);
      cell.numberFormat = spec.numberFormat || 'yyyy-mm-dd';
    } else {
      cell.value = value;
      if (spec.numberFormat) cell.numberFormat = spec.numberFormat;
    }
    if (spec.formula) cell.formula = spec.formula;
    return cell;
  }

  function buildState(init, options) {
    let state = {
      sheets: [],
      tables: [],
      names: [],
      activeSheet: null,
      selection: null,
      apiVersion: options.apiVersion || init.apiVersion || '1.20',
      payloadLimit: options.payloadLimit || init.payloadLimit || 5000000,
      displayLanguage: options.displayLanguage || 'sv-SE',
      // The regional format, which decides how typed text is read (decimal comma or point, dates).
      culture: options.culture || init.culture || 'en-US',
      structureProtected: !!(options.structureProtected || init.structureProtected),
      readOnly: !!(options.readOnly || init.readOnly),
    };
    (init.sheets || []).forEach((spec) => {
      let sheet = addSheet(state, spec.name);
      sheet.protected = !!spec.protected;
      let origin = spec.origin ? parseRect(spec.origin) : { top: 1, left: 1 };
      (spec.rows || []).forEach((line, i) => {
        line.forEach((v, j) => {
          if (v !== null && v !== undefined)
            sheet.cells.set(key(origin.top + i, origin.left + j), initialCell(v));
        });
      });
      Object.keys(spec.cells || {}).forEach((a1) => {
        let r = parseRect(a1);
        sheet.cells.set(key(r.top, r.left), initialCell(spec.cells[a1]));
      });
      (spec.merges || []).forEach((m) => {
        sheet.merges.push(parseRect(m));
      });
      (spec.tables || []).forEach((t) => {
        state.tables.push({
          name: t.name,
          sheet: sheet,
          rect: parseRect(t.range),
          showHeaders: t.showHeaders !== false,
          showTotals: !!t.showTotals,
        });
      });
    });
    (init.names || []).forEach((n) => {
      state.names.push({
        name: n.name,
        formula: n.formula[0] === '=' ? n.formula : '=' + n.formula,
      });
    });
    state.activeSheet = state.sheets[0] || null;
    return state;
  }

  function addSheet(state, name) {
    let sheet = {
      name: name,
      protected: false,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      freezeRows: 0,
      charts: [],
    };
    // Not enumerable: the sheet's workbook, for the checks that concern the whole workbook.
    Object.defineProperty(sheet, 'workbook', { value: state, enumerable: false });
    state.sheets.push(sheet);
    return sheet;
  }

  function findSheet(state, name) {
    return state.sheets.find((s) => same(s.name, name)) || null;
  }

  function checkSheetName(state, name, except) {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw richError(
        'InvalidArgument',
        'The argument is invalid or missing or has an incorrect format.',
      );
    let other = findSheet(state, name);
    if (other && other !== except)
      throw richError(
        'ItemAlreadyExists',
        'A resource with the same name or identifier already exists.',
      );
  }

  /** Names follow their sheet, as in Excel: renamed with it, #REF! when it goes. */
  function renameInNames(state, from, to) {
    state.names.forEach((n) => {
      let ref = parseRef(n.formula);
      if (ref && ref.sheet !== null && same(ref.sheet, from)) {
        n.formula = to === null ? '=#REF!' : '=' + sheetRef(to) + '!' + absoluteA1(ref.rect);
      }
    });
  }

  /** A read-only workbook refuses every change. */
  function guardWorkbook(state, location) {
    if (state.readOnly) throw richError('AccessDenied', 'The workbook is read-only.', location);
  }

  /** Structure protection refuses adding, renaming and deleting sheets. */
  function guardStructure(state, location) {
    guardWorkbook(state, location);
    if (state.structureProtected)
      throw richError(
        'AccessDenied',
        'The workbook structure is protected. To make a change, unprotect the workbook.',
        location,
      );
  }

  function guard(sheet, location) {
    guardWorkbook(sheet.workbook, location);
    if (sheet.protected) {
      throw richError(
        'AccessDenied',
        "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
        location,
      );
    }
  }

  function guardMerges(sheet, rect, location) {
    let cut = sheet.merges.find((m) => intersects(m, rect) && !contains(rect, m));
    if (cut) throw richError('InvalidOperation', "We can't do that to a merged cell.", location);
  }

  /** Calls fn(cell, row, col) for every cell in rect, creating the missing ones. */
  function fillCells(sheet, rect, fn) {
    eachCell(sheet, rect, fn, true);
  }

  /** Calls fn(cell, row, col) for the existing cells in rect (fill: every cell, created). */
  function eachCell(sheet, rect, fn, fill) {
    if (fill) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          let k = key(r, c);
          if (!sheet.cells.has(k)) sheet.cells.set(k, newCell());
          fn(sheet.cells.get(k), r, c);
        }
      }
      return;
    }
    // A copy of the entries, so that fn may delete cells.
    Array.from(sheet.cells).forEach((entry) => {
      let row = Math.floor(entry[0] / KEY_ROW);
      let col = entry[0] % KEY_ROW;
      if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right)
        fn(entry[1], row, col);
    });
  }

  function cellAt(sheet, row, col) {
    return sheet.cells.get(key(row, col)) || null;
  }

  function matrix(sheet, rect, pick) {
    let cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (cells > 5000000)
      throw richError(
        'RangeExceedsLimit',
        'The range exceeds the maximum number of cells.',
        'Range.load',
      );
    let out = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      let line = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(pick(cellAt(sheet, r, c)));
      out.push(line);
    }
    return out;
  }

  function checkShape(rect, input, location) {
    let rows = rect.bottom - rect.top + 1;
    let cols = rect.right - rect.left + 1;
    let ok =
      Array.isArray(input) &&
      input.length === rows &&
      input.every((l) => Array.isArray(l) && l.length === cols);
    if (!ok)
      throw richError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        location,
      );
  }

  function usedRect(sheet, rect, valuesOnly) {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    eachCell(sheet, rect, (cell, r, c) => {
      if (valuesOnly && isEmpty(cell)) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
    return bottom ? { top: top, left: left, bottom: bottom, right: right } : null;
  }

  // ---- Tables -----------------------------------------------------------

  function tableColumns(table) {
    let names = [];
    for (let c = table.rect.left; c <= table.rect.right; c++) {
      let header = table.showHeaders ? cellAt(table.sheet, table.rect.top, c) : null;
      names.push(isEmpty(header) ? 'Column' + (names.length + 1) : String(plainValue(header)));
    }
    return names;
  }

  function fillHeaders(table) {
    if (!table.showHeaders) return;
    let taken = tableColumns(table).map((n) => n.toLowerCase());
    for (let c = table.rect.left; c <= table.rect.right; c++) {
      let cell = cellAt(table.sheet, table.rect.top, c);
      if (!isEmpty(cell)) continue;
      let n = 1;
      while (taken.indexOf(('Column' + n).toLowerCase()) >= 0) n++;
      taken.push(('Column' + n).toLowerCase());
      fillCells(
        table.sheet,
        { top: table.rect.top, bottom: table.rect.top, left: c, right: c },
        (x) => {
          x.value = 'Column' + n;
        },
      );
    }
  }

  function deleteTableColumn(table, col) {
    let sheet = table.sheet;
    let moved = [];
    eachCell(
      sheet,
      { top: table.rect.top, bottom: table.rect.bottom, left: col, right: MAX_COLS },
      (cell, r, c) => {
        sheet.cells.delete(key(r, c));
        if (c > col) moved.push([r, c - 1, cell]);
      },
    );
    moved.forEach((m) => {
      sheet.cells.set(key(m[0], m[1]), m[2]);
    });
    table.rect.right -= 1;
  }

  // ---- Proxies ------------------------------------------------------------

  let KINDS = {};
  let nextId = 0;

  /**
   * kind: name; props: { name: { get(target), set(target, value, location) } };
   * nav: { name: [kind, target => childTarget] }; methods: { name(target, ...args) };
   * items: target => item targets (for collections).
   */
  function defineKind(name, def) {
    def.name = name;
    def.props = def.props || {};
    def.nav = def.nav || {};
    def.methods = def.methods || {};
    let Proxy = function (ctx, resolve) {
      this._ctx = ctx;
      this._kind = def;
      this._id = ++nextId;
      this._resolve = resolve;
      this._target = undefined;
      this._isNull = undefined;
      this._loaded = {};
      this._children = {};
    };
    Proxy.prototype = Object.create(ClientObject.prototype);
    Object.keys(def.props).forEach(function (prop) {
      Object.defineProperty(Proxy.prototype, prop, {
        get: function () {
          return this._read(prop);
        },
        set: function (value) {
          this._queueSet(prop, value);
        },
      });
    });
    Object.keys(def.nav).forEach(function (prop) {
      Object.defineProperty(Proxy.prototype, prop, {
        get: function () {
          return this._child(prop);
        },
      });
    });
    if (def.items) {
      Object.defineProperty(Proxy.prototype, 'items', {
        get: function () {
          return this._read('items');
        },
      });
    }
    Object.keys(def.methods).forEach(function (method) {
      Proxy.prototype[method] = function () {
        return this._call(method, Array.prototype.slice.call(arguments));
      };
    });
    def.Proxy = Proxy;
    KINDS[name] = def;
  }

  function ClientObject() {}

  ClientObject.prototype._read = function (prop) {
    if (Object.prototype.hasOwnProperty.call(this._loaded, prop)) return this._loaded[prop];
    if (this._isNull) return undefined;
    throw notLoaded(this._kind.name, prop);
  };

  Object.defineProperty(ClientObject.prototype, 'isNullObject', {
    get: function () {
      if (this._isNull === undefined) throw notLoaded(this._kind.name, 'isNullObject');
      return this._isNull;
    },
  });

  Object.defineProperty(ClientObject.prototype, 'context', {
    get: function () {
      return this._ctx;
    },
  });

  /** The target at sync time; a null object cannot be worked on, only loaded. */
  ClientObject.prototype._get = function (location) {
    if (this._target === undefined) {
      let t = this._resolve();
      this._target = t;
      this._isNull = t === null;
    }
    if (this._target === null)
      throw richError(
        'InvalidObjectPath',
        'The object path is not valid: the object is a null object.',
        location,
      );
    return this._target;
  };

  ClientObject.prototype._child = function (prop) {
    if (!this._children[prop]) {
      const nav = this._kind.nav[prop];
      this._children[prop] = new KINDS[nav[0]].Proxy(this._ctx, () =>
        nav[1](this._get(this._kind.name + '.' + prop), this._ctx.state),
      );
      this._children[prop]._parent = this;
    }
    return this._children[prop];
  };

  ClientObject.prototype._count = function (member) {
    let name = this._kind.name + '.' + member;
    this._ctx.stats.calls[name] = (this._ctx.stats.calls[name] || 0) + 1;
    return name;
  };

  ClientObject.prototype._queueSet = function (prop, value) {
    const location = this._count(prop);
    this._checkPath(location);
    const spec = this._kind.props[prop];
    if (!spec.set)
      throw richError(
        'CannotUpdateReadOnlyProperty',
        "Cannot set property '" + prop + "'.",
        location,
      );
    this._ctx._queue(
      location,
      { o: this._id, set: prop, v: value instanceof ClientObject ? { o: value._id } : value },
      () => spec.set(this._get(location), value, location, this._ctx.state),
    );
  };

  /** Object paths that stay valid across syncs, as Office.js's indexers do. */
  let INDEXERS = new Set(['getItem', 'getItemOrNullObject', 'getItemAt']);

  /** Office.js refuses, when the call is made, a proxy whose path expired at an earlier sync. */
  ClientObject.prototype._checkPath = function (location) {
    if (this._expired)
      throw richError(
        'InvalidObjectPath',
        "The object path isn't working for what you're trying to do. If you're using the object across multiple context.sync calls, use context.trackedObjects.add().",
        location,
      );
    if (this._parent) this._parent._checkPath(location);
  };

  /** Methods run at sync as def.run(target, args, location, state); some return a new proxy. */
  ClientObject.prototype._call = function (method, args) {
    const location = this._count(method);
    this._checkPath(location);
    const def = this._kind.methods[method];
    let record = {
      o: this._id,
      call: method,
      a: args.map((a) => (a instanceof ClientObject ? { o: a._id } : a === undefined ? null : a)),
    };
    if (!def.returns) {
      this._ctx._queue(location, record, () =>
        def.run(this._get(location), args, location, this._ctx.state),
      );
      return undefined;
    }
    let child = new KINDS[def.returns].Proxy(this._ctx, () => {
      throw richError(
        'InvalidObjectPath',
        'The object was used before the call that returns it ran.',
        location,
      );
    });
    record.id = child._id;
    child._parent = this;
    // As in Office.js: an object a method returned is invalid after the sync that
    // made it (InvalidObjectPath), unless tracked; getItem()'s objects stay valid.
    if (!INDEXERS.has(method) && !this._ctx._tracked) this._ctx._expiring.push(child);
    this._ctx._queue(location, record, () => {
      const result = def.run(this._get(location), args, location, this._ctx.state);
      if (result === null && !def.orNull)
        throw richError('ItemNotFound', 'The requested resource doesn\u2019t exist.', location);
      child._target = result;
      child._isNull = result === null;
    });
    return child;
  };

  /** load('a, b/c'), load(['a']), load({ select }), load({ a: true, b: { c: true } }). */
  ClientObject.prototype.load = function (spec) {
    const paths = loadPaths(spec);
    const location = this._count('load');
    this._checkPath(location);
    this._ctx._queue(location, { o: this._id, load: paths }, () => loadInto(this, paths));
    return this;
  };

  ClientObject.prototype.toJSON = function () {
    return this._loaded;
  };

  function loadPaths(spec) {
    if (spec === undefined || spec === null) return ['*'];
    if (typeof spec === 'string')
      return spec
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (Array.isArray(spec)) return spec.slice();
    if (typeof spec.select === 'string' || Array.isArray(spec.select))
      return loadPaths(spec.select);
    let out = [];
    Object.keys(spec).forEach((k) => {
      if (k[0] === '$' || !spec[k]) return;
      if (typeof spec[k] === 'object')
        loadPaths(spec[k]).forEach((p) => {
          out.push(k + '/' + p);
        });
      else out.push(k);
    });
    return out;
  }

  /** As Office.js does for collections: "items/name" and "name" mean the same, "items" means all. */
  function itemPath(path) {
    let lower = path.toLowerCase();
    if (lower === 'items' || lower === 'items/') return '*';
    if (lower.indexOf('items/') === 0) path = path.slice(6);
    return path.replace(/\/items\//gi, '/');
  }

  function loadInto(proxy, paths) {
    let target;
    if (proxy._target === undefined) {
      target = proxy._resolve();
      proxy._target = target;
    } else {
      target = proxy._target;
    }
    proxy._isNull = target === null;
    if (target === null) return null;
    let def = proxy._kind;
    if (def.items) {
      let itemKind = KINDS[def.itemKind];
      let items = def.items(target, proxy._ctx.state).map((t) => {
        let item = new itemKind.Proxy(proxy._ctx, () => t);
        item._target = t;
        item._isNull = false;
        return item;
      });
      proxy._loaded.items = items;
      let inner = paths.map(itemPath);
      return {
        items: items.map((item) => loadInto(item, inner)),
      };
    }
    let out = {};
    let nested = {};
    paths.forEach((path) => {
      let slash = path.indexOf('/');
      let head = slash < 0 ? path : path.slice(0, slash);
      if (head === '*') {
        Object.keys(def.props).forEach((p) => {
          out[p] = loadProp(proxy, p, target);
        });
      } else if (def.nav[head]) {
        (nested[head] = nested[head] || []).push(slash < 0 ? '*' : path.slice(slash + 1));
      } else if (def.props[head] && def.props[head].get) {
        out[head] = loadProp(proxy, head, target);
      } else {
        throw richError(
          'PropertyNotFound',
          "The property '" + head + "' does not exist on " + def.name + '.',
          def.name + '.load',
        );
      }
    });
    Object.keys(nested).forEach((head) => {
      out[head] = loadInto(proxy._child(head), nested[head]);
    });
    return out;
  }

  function loadProp(proxy, prop, target) {
    let value = proxy._kind.props[prop].get(target, proxy._ctx.state);
    proxy._loaded[prop] = value;
    return value;
  }

  // ---- The kinds ------------------------------------------------------------

  function rangeOf(sheet, rect) {
    return { sheet: sheet, rect: rect };
  }

  function sheetRange(sheet, address) {
    if (address === undefined || address === null)
      return rangeOf(sheet, { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS });
    let ref = parseRef(String(address));
    if (!ref || (ref.sheet !== null && !same(ref.sheet, sheet.name)))
      throw richError(
        'InvalidArgument',
        'The argument is invalid or missing or has an incorrect format.',
        'Worksheet.getRange',
      );
    return rangeOf(sheet, ref.rect);
  }

  function rects(target) {
    return target.rects || [target.rect];
  }

  function setFormat(apply) {
    return (target, value, location) => {
      guard(target.sheet, location);
      rects(target).forEach((rect) => {
        fillCells(target.sheet, rect, (cell) => {
          apply(cell.format, value);
        });
      });
    };
  }

  function topLeftFormat(pick) {
    return (target) => {
      let r = rects(target)[0];
      let cell = cellAt(target.sheet, r.top, r.left);
      let v = cell ? pick(cell.format) : undefined;
      return v === undefined ? null : v;
    };
  }

  defineKind('Workbook', {
    props: {
      readOnly: { get: (s) => s.readOnly },
    },
    nav: {
      protection: ['WorkbookProtection', (s) => s],
      worksheets: ['WorksheetCollection', (s) => s],
      names: ['NamedItemCollection', (s) => s],
      tables: ['TableCollection', (s) => s],
    },
  });

  defineKind('WorkbookProtection', {
    props: {
      protected: { get: (s) => s.structureProtected },
    },
  });

  defineKind('WorksheetCollection', {
    itemKind: 'Worksheet',
    items: (state) => state.sheets.slice(),
    methods: {
      getItem: {
        returns: 'Worksheet',
        run: (state, a) => findSheet(state, a[0]),
      },
      getItemOrNullObject: {
        returns: 'Worksheet',
        orNull: true,
        run: (state, a) => findSheet(state, a[0]),
      },
      getActiveWorksheet: {
        returns: 'Worksheet',
        run: (state) => state.activeSheet,
      },
      add: {
        returns: 'Worksheet',
        run: (state, a, location) => {
          guardStructure(state, location);
          let n = a[0];
          for (let i = state.sheets.length + 1; !n; i++)
            if (!findSheet(state, 'Sheet' + i)) n = 'Sheet' + i;
          checkSheetName(state, n, null);
          return addSheet(state, n);
        },
      },
    },
  });

  defineKind('Worksheet', {
    props: {
      name: {
        get: (s) => s.name,
        set: (s, name, location, state) => {
          noUndo(state, location);
          guardStructure(state, location);
          checkSheetName(state, name, s);
          renameInNames(state, s.name, name);
          s.name = name;
        },
      },
      position: {
        get: (s, state) => state.sheets.indexOf(s),
      },
    },
    nav: {
      protection: ['WorksheetProtection', (s) => s],
      freezePanes: ['WorksheetFreezePanes', (s) => s],
      charts: ['ChartCollection', (s) => s],
    },
    methods: {
      getRange: {
        returns: 'Range',
        run: (s, a) => sheetRange(s, a[0]),
      },
      getRanges: {
        returns: 'RangeAreas',
        run: (s, a) => ({
          sheet: s,
          rects: splitAreas(String(a[0])).map((a) => sheetRange(s, a).rect),
        }),
      },
      getUsedRangeOrNullObject: {
        returns: 'Range',
        orNull: true,
        run: (s, a) => {
          let r = usedRect(s, { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }, a[0]);
          return r ? rangeOf(s, r) : null;
        },
      },
      activate: {
        run: (s, a, location, state) => {
          state.activeSheet = s;
        },
      },
      delete: {
        run: (s, a, location, state) => {
          noUndo(state, location);
          guardStructure(state, location);
          if (state.sheets.length === 1)
            throw richError(
              'InvalidOperation',
              'A workbook must contain at least one visible worksheet.',
              location,
            );
          state.sheets.splice(state.sheets.indexOf(s), 1);
          state.tables = state.tables.filter((t) => t.sheet !== s);
          renameInNames(state, s.name, null);
          if (state.activeSheet === s) state.activeSheet = state.sheets[0];
        },
      },
    },
  });

  /**
   * Microsoft lists Worksheet.delete (all platforms) and Worksheet.name
   * (Windows, Mac) as lacking undo support: inside a merged undo group
   * (Excel.run with mergeUndoGroup) they fail with UndoNotSupported.
   */
  function noUndo(state, location) {
    if (state.mergedUndoGroup)
      throw richError(
        'UndoNotSupported',
        'This operation is not supported inside a merged undo group.',
        location,
      );
  }

  defineKind('WorksheetProtection', {
    props: {
      protected: {
        get: (s) => s.protected,
      },
    },
  });

  defineKind('WorksheetFreezePanes', {
    methods: {
      freezeRows: {
        run: (s, a) => {
          s.freezeRows = a[0] || 1;
        },
      },
      unfreeze: {
        run: (s) => {
          s.freezeRows = 0;
        },
      },
    },
  });

  defineKind('Range', {
    props: {
      address: {
        get: (r) => sheetRef(r.sheet.name) + '!' + rectA1(r.rect),
      },
      rowCount: {
        get: (r) => r.rect.bottom - r.rect.top + 1,
      },
      columnCount: {
        get: (r) => r.rect.right - r.rect.left + 1,
      },
      values: {
        get: (r) => matrix(r.sheet, r.rect, plainValue),
        set: (r, input, location) => {
          guard(r.sheet, location);
          checkShape(r.rect, input, location);
          guardMerges(r.sheet, r.rect, location);
          fillCells(r.sheet, r.rect, (cell, row, col) => {
            let v = input[row - r.rect.top][col - r.rect.left];
            if (v === null || v === undefined) return;
            delete cell.formula;
            if (v === '') {
              cell.value = null;
              return;
            }
            let typed = typedValue(cell, v, r.sheet.workbook.culture);
            cell.value = typed.value;
            if (typed.formula) cell.formula = typed.formula;
            if (typed.numberFormat && cell.numberFormat === 'General')
              cell.numberFormat = typed.numberFormat;
          });
        },
      },
      numberFormat: {
        get: (r) => matrix(r.sheet, r.rect, (c) => (c ? c.numberFormat : 'General')),
        set: (r, input, location) => {
          guard(r.sheet, location);
          checkShape(r.rect, input, location);
          fillCells(r.sheet, r.rect, (cell, row, col) => {
            let f = input[row - r.rect.top][col - r.rect.left];
            if (f !== null && f !== undefined) cell.numberFormat = f === '' ? 'General' : f;
          });
        },
      },
      valueTypes: {
        get: (r) => matrix(r.sheet, r.rect, valueType),
      },
      hyperlink: {
        get: (r) => {
          let cell = cellAt(r.sheet, r.rect.top, r.rect.left);
          return cell && cell.hyperlink ? cell.hyperlink : null;
        },
        set: (r, link, location) => {
          guard(r.sheet, location);
          fillCells(r.sheet, r.rect, (cell) => {
            cell.hyperlink = Object.assign({}, link);
            if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
          });
        },
      },
    },
    nav: {
      format: ['RangeFormat', (r) => r],
      worksheet: ['Worksheet', (r) => r.sheet],
    },
    methods: {
      clear: {
        run: (r, a, location) => {
          let what = a[0] || 'All';
          guard(r.sheet, location);
          eachCell(r.sheet, r.rect, (cell, row, col) => {
            if (what === 'All') return r.sheet.cells.delete(key(row, col));
            if (what === 'Contents') {
              cell.value = null;
              delete cell.formula;
            }
            if (what === 'Formats') {
              cell.numberFormat = 'General';
              cell.format = {};
            }
            if (what === 'Hyperlinks') delete cell.hyperlink;
          });
          if (what === 'All' || what === 'Formats') {
            r.sheet.merges = r.sheet.merges.filter((m) => !contains(r.rect, m));
          }
        },
      },
      select: {
        run: (r, a, location, state) => {
          state.activeSheet = r.sheet;
          state.selection = { sheet: r.sheet.name, address: rectA1(r.rect) };
        },
      },
      getMergedAreasOrNullObject: {
        returns: 'RangeAreas',
        orNull: true,
        // As Excel: only areas whose top-left cell lies in the range (office-js #3611),
        // and more than 512 of them fail the request.
        run: (r, a, location) => {
          let found = r.sheet.merges.filter((m) =>
            contains(r.rect, { top: m.top, left: m.left, bottom: m.top, right: m.left }),
          );
          if (found.length > MAX_MERGED_AREAS)
            throw richError(
              'GeneralException',
              'There were too many merged areas to return.',
              location,
            );
          return found.length ? { sheet: r.sheet, rects: found } : null;
        },
      },
      getUsedRangeOrNullObject: {
        returns: 'Range',
        orNull: true,
        run: (r, a) => {
          let u = usedRect(r.sheet, r.rect, a[0]);
          return u ? rangeOf(r.sheet, u) : null;
        },
      },
      getResizedRange: {
        returns: 'Range',
        run: (r, a, location) => {
          let rect = {
            top: r.rect.top,
            left: r.rect.left,
            bottom: r.rect.bottom + a[0],
            right: r.rect.right + a[1],
          };
          if (
            rect.bottom < rect.top ||
            rect.right < rect.left ||
            rect.right > MAX_COLS ||
            rect.bottom > MAX_ROWS
          ) {
            throw richError(
              'InvalidArgument',
              'The argument is invalid or missing or has an incorrect format.',
              location,
            );
          }
          return rangeOf(r.sheet, rect);
        },
      },
    },
  });

  defineKind('RangeAreas', {
    props: {
      address: {
        get: (a) => a.rects.map((r) => sheetRef(a.sheet.name) + '!' + rectA1(r)).join(','),
      },
      areaCount: {
        get: (a) => a.rects.length,
      },
    },
    nav: {
      format: ['RangeFormat', (a) => a],
    },
  });

  defineKind('RangeFormat', {
    props: {
      wrapText: {
        get: topLeftFormat((f) => f.wrapText),
        set: setFormat((f, v) => {
          f.wrapText = v;
        }),
      },
      columnWidth: {
        get: (t) => t.sheet.columnWidths.get(rects(t)[0].left) || 48,
        set: (t, points) => {
          rects(t).forEach((r) => {
            for (let c = r.left; c <= r.right; c++) t.sheet.columnWidths.set(c, points);
          });
        },
      },
    },
    nav: {
      fill: ['RangeFill', (t) => t],
      font: ['RangeFont', (t) => t],
    },
  });

  defineKind('RangeFill', {
    props: {
      color: {
        get: topLeftFormat((f) => f.fill),
        set: setFormat((f, v) => {
          f.fill = v;
        }),
      },
    },
  });

  defineKind('RangeFont', {
    props: {
      color: {
        get: topLeftFormat((f) => f.fontColor),
        set: setFormat((f, v) => {
          f.fontColor = v;
        }),
      },
      bold: {
        get: topLeftFormat((f) => f.bold),
        set: setFormat((f, v) => {
          f.bold = v;
        }),
      },
      italic: {
        get: topLeftFormat((f) => f.italic),
        set: setFormat((f, v) => {
          f.italic = v;
        }),
      },
    },
  });

  function findName(state, name) {
    return state.names.find((n) => same(n.name, name)) || null;
  }

  defineKind('NamedItemCollection', {
    itemKind: 'NamedItem',
    items: (state) => state.names.slice(),
    methods: {
      getItem: {
        returns: 'NamedItem',
        run: (state, a) => findName(state, a[0]),
      },
      getItemOrNullObject: {
        returns: 'NamedItem',
        orNull: true,
        run: (state, a) => findName(state, a[0]),
      },
      add: {
        returns: 'NamedItem',
        run: (state, a, location) => {
          let name = a[0];
          let reference = a[1];
          if (!/^[A-Za-z_\\\u00C0-\u024F][\w.\u00C0-\u024F]*$/.test(name))
            throw richError(
              'InvalidArgument',
              'The argument is invalid or missing or has an incorrect format.',
              location,
            );
          if (findName(state, name))
            throw richError(
              'ItemAlreadyExists',
              'A resource with the same name or identifier already exists.',
              location,
            );
          let formula =
            reference instanceof ClientObject
              ? '=' +
                sheetRef(reference._get(location).sheet.name) +
                '!' +
                absoluteA1(reference._get(location).rect)
              : String(reference)[0] === '='
                ? String(reference)
                : '=' + reference;
          let item = { name: name, formula: formula };
          state.names.push(item);
          return item;
        },
      },
    },
  });

  defineKind('NamedItem', {
    props: {
      name: {
        get: (n) => n.name,
      },
      formula: {
        get: (n) => n.formula,
        set: (n, f) => {
          n.formula = String(f)[0] === '=' ? String(f) : '=' + f;
        },
      },
      type: {
        get: (n) => {
          if (/#REF!/.test(n.formula)) return 'Error';
          let areas = splitAreas(n.formula.slice(1));
          if (
            areas.length &&
            areas.every((a) => {
              let r = parseRef(a);
              return r && r.sheet !== null;
            })
          )
            return 'Range';
          return isNaN(Number(n.formula.slice(1))) ? 'String' : 'Double';
        },
      },
    },
    methods: {
      delete: {
        run: (n, a, location, state) => {
          state.names.splice(state.names.indexOf(n), 1);
        },
      },
    },
  });

  function findTable(state, name) {
    return state.tables.find((t) => same(t.name, name)) || null;
  }

  defineKind('TableCollection', {
    itemKind: 'Table',
    items: (state) => state.tables.slice(),
    methods: {
      getItem: {
        returns: 'Table',
        run: (state, a) => findTable(state, a[0]),
      },
      getItemOrNullObject: {
        returns: 'Table',
        orNull: true,
        run: (state, a) => findTable(state, a[0]),
      },
    },
  });

  defineKind('Table', {
    props: {
      name: {
        get: (t) => t.name,
      },
      showHeaders: {
        get: (t) => t.showHeaders,
      },
      showTotals: {
        get: (t) => t.showTotals,
      },
    },
    nav: {
      worksheet: ['Worksheet', (t) => t.sheet],
      columns: ['TableColumnCollection', (t) => t],
    },
    methods: {
      getRange: {
        returns: 'Range',
        run: (t) => rangeOf(t.sheet, Object.assign({}, t.rect)),
      },
      resize: {
        run: (t, a, location) => {
          let newRange = a[0];
          let rect =
            newRange instanceof ClientObject
              ? newRange._get(location).rect
              : sheetRange(t.sheet, newRange).rect;
          guard(t.sheet, location);
          if (rect.top !== t.rect.top || !intersects(rect, t.rect))
            throw richError(
              'InvalidArgument',
              'The new range must overlap the table and keep its header row.',
              location,
            );
          if (t.sheet.merges.some((m) => intersects(m, rect)))
            throw richError(
              'InvalidOperation',
              "A table can't overlap a range that contains merged cells.",
              location,
            );
          t.rect = Object.assign({}, rect);
          fillHeaders(t);
        },
      },
    },
  });

  defineKind('TableColumnCollection', {
    itemKind: 'TableColumn',
    items: (t) => tableColumns(t).map((name) => ({ table: t, name: name })),
    methods: {
      getItem: {
        returns: 'TableColumn',
        run: (t, a) => {
          let k = a[0];
          let names = tableColumns(t);
          let i = typeof k === 'number' ? k : names.findIndex((n) => same(n, String(k)));
          return i >= 0 && i < names.length ? { table: t, name: names[i] } : null;
        },
      },
      add: {
        returns: 'TableColumn',
        run: (t, a, location) => {
          let index = a[0];
          let name = a[2];
          guard(t.sheet, location);
          if (index !== null && index !== undefined && index !== tableColumns(t).length) {
            throw richError(
              'NotImplemented',
              'The fake adds table columns at the end only.',
              location,
            );
          }
          t.rect.right += 1;
          if (name)
            fillCells(t.sheet, { ...t.rect, bottom: t.rect.top, left: t.rect.right }, (c) => {
              c.value = name;
            });
          fillHeaders(t);
          return { table: t, name: tableColumns(t)[tableColumns(t).length - 1] };
        },
      },
    },
  });

  defineKind('TableColumn', {
    props: {
      name: {
        get: (c) => c.name,
      },
      index: {
        get: (c) => tableColumns(c.table).indexOf(c.name),
      },
    },
    methods: {
      delete: {
        run: (c, a, location) => {
          let t = c.table;
          guard(t.sheet, location);
          let i = tableColumns(t).findIndex((n) => same(n, c.name));
          if (i < 0)
            throw richError('ItemNotFound', 'The requested resource doesn\u2019t exist.', location);
          if (t.rect.left === t.rect.right)
            throw richError('InvalidOperation', 'A table must keep at least one column.', location);
          deleteTableColumn(t, t.rect.left + i);
        },
      },
    },
  });

  // ---- Charts (the little the adapter draws: a stacked bar chart) -----------

  /** A Range proxy passed to a chart method, as { sheet, rect } at sync time. */
  function rangeArg(arg, location) {
    if (!(arg instanceof ClientObject) || arg._kind.name !== 'Range')
      throw richError('InvalidArgument', 'A chart needs a Range here.', location);
    return arg._get(location);
  }

  function guardChart(chart, location) {
    if (chart.deleted)
      throw richError('ItemNotFound', 'The requested resource doesn\u2019t exist.', location);
  }

  defineKind('ChartCollection', {
    itemKind: 'Chart',
    items: (s) => s.charts.slice(),
    methods: {
      add: {
        returns: 'Chart',
        run: (s, a, location) => {
          let source = rangeArg(a[1], location);
          let chart = {
            sheet: s,
            name: 'Chart ' + (s.charts.length + 1),
            type: a[0],
            seriesBy: a[2],
            title: '',
            legend: { visible: true, position: 'Right' },
            reversePlotOrder: false,
            position: null,
            series: [],
            deleted: false,
          };
          // As Excel does with one column of numbers: one series, its values that column.
          for (let col = source.rect.left; col <= source.rect.right; col++)
            chart.series.push({
              chart: chart,
              name: 'Series' + (chart.series.length + 1),
              values: rangeOf(
                source.sheet,
                Object.assign({}, source.rect, { left: col, right: col }),
              ),
              xValues: null,
              color: null,
            });
          s.charts.push(chart);
          return chart;
        },
      },
      getItemOrNullObject: {
        returns: 'Chart',
        orNull: true,
        run: (s, a) => s.charts.find((c) => same(c.name, a[0])) || null,
      },
    },
  });

  defineKind('Chart', {
    props: {
      name: {
        get: (c) => c.name,
        set: (c, name, location) => {
          guardChart(c, location);
          c.name = name;
        },
      },
    },
    nav: {
      title: ['ChartTitle', (c) => c],
      legend: ['ChartLegend', (c) => c],
      axes: ['ChartAxes', (c) => c],
      series: ['ChartSeriesCollection', (c) => c],
    },
    methods: {
      setPosition: {
        run: (c, a, location) => {
          guardChart(c, location);
          let start = parseRect(String(a[0]));
          let end = a[1] ? parseRect(String(a[1])) : start;
          if (!start || !end)
            throw richError('InvalidArgument', 'The argument is invalid.', location);
          c.position = { top: start.top, left: start.left, bottom: end.bottom, right: end.right };
        },
      },
      delete: {
        run: (c, a, location) => {
          guardChart(c, location);
          c.deleted = true;
          c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
        },
      },
    },
  });

  defineKind('ChartTitle', {
    props: {
      text: { get: (c) => c.title, set: (c, text) => (c.title = text) },
    },
  });

  defineKind('ChartLegend', {
    props: {
      visible: { get: (c) => c.legend.visible, set: (c, v) => (c.legend.visible = v) },
      position: { get: (c) => c.legend.position, set: (c, v) => (c.legend.position = v) },
    },
  });

  defineKind('ChartAxes', {
    nav: { categoryAxis: ['ChartAxis', (c) => c] },
  });

  defineKind('ChartAxis', {
    props: {
      reversePlotOrder: {
        get: (c) => c.reversePlotOrder,
        set: (c, v) => (c.reversePlotOrder = v),
      },
    },
  });

  defineKind('ChartSeriesCollection', {
    itemKind: 'ChartSeries',
    items: (c) => c.series.slice(),
    methods: {
      getItemAt: {
        returns: 'ChartSeries',
        run: (c, a) => c.series[a[0]] || null,
      },
      add: {
        returns: 'ChartSeries',
        run: (c, a, location) => {
          guardChart(c, location);
          let series = { chart: c, name: a[0] || '', values: null, xValues: null, color: null };
          c.series.push(series);
          return series;
        },
      },
    },
  });

  defineKind('ChartSeries', {
    props: {
      name: { get: (s) => s.name, set: (s, v) => (s.name = v) },
    },
    nav: { format: ['ChartSeriesFormat', (s) => s] },
    methods: {
      setValues: {
        run: (s, a, location) => {
          s.values = rangeArg(a[0], location);
        },
      },
      setXAxisValues: {
        run: (s, a, location) => {
          s.xValues = rangeArg(a[0], location);
        },
      },
    },
  });

  defineKind('ChartSeriesFormat', {
    nav: { fill: ['ChartFill', (s) => s] },
  });

  defineKind('ChartFill', {
    methods: {
      setSolidColor: {
        run: (s, a) => {
          s.color = a[0];
        },
      },
    },
  });

  // ---- Context, run, Office ------------------------------------------------

  function bytes(value) {
    return encoder.encode(JSON.stringify(value) || '').length;
  }

  function createFakeExcel(init, options) {
    let opts = options || {};
    let state = buildState(init || {}, opts);
    let stats = { syncs: 0, requestBytes: [], responseBytes: [], runs: [], calls: {} };

    function RequestContext(runOptions) {
      this.mergedUndoGroup = !!(runOptions && runOptions.mergeUndoGroup);
      this.state = state;
      this.stats = stats;
      this._pending = [];
      this._expiring = [];
      this.workbook = new KINDS.Workbook.Proxy(this, () => state);
      let expiring = this._expiring;
      this.trackedObjects = {
        add: (proxy) => {
          let i = expiring.indexOf(proxy);
          if (i >= 0) expiring.splice(i, 1);
        },
        remove: () => {},
      };
      this._queue = (location, record, exec) => this._pending.push({ location, record, exec });
    }

    RequestContext.prototype.sync = function (passThrough) {
      let queue = this._pending;
      this._pending = [];
      this._expiring.splice(0).forEach((proxy) => {
        proxy._expired = true;
      });
      if (queue.length === 0) return Promise.resolve(passThrough);
      stats.syncs++;
      let request = bytes(queue.map((a) => a.record));
      stats.requestBytes.push(request);
      if (request > state.payloadLimit) {
        stats.responseBytes.push(0);
        return Promise.reject(
          richError(
            'RequestPayloadSizeLimitExceeded',
            'The request payload size has exceeded the limit.',
            '',
          ),
        );
      }
      let response = [];
      state.mergedUndoGroup = this.mergedUndoGroup && isSetSupported('ExcelApi', '1.20');
      try {
        queue.forEach((action) => {
          try {
            let result = action.exec();
            if (result !== undefined) response.push(result);
          } catch (error) {
            if (error && error.debugInfo && !error.debugInfo.errorLocation)
              error.debugInfo.errorLocation = action.location;
            throw error;
          }
        });
      } catch (error) {
        stats.responseBytes.push(bytes(response));
        return Promise.reject(error);
      } finally {
        state.mergedUndoGroup = false;
      }
      let size = bytes(response);
      stats.responseBytes.push(size);
      if (size > state.payloadLimit) {
        return Promise.reject(
          richError(
            'ResponsePayloadSizeLimitExceeded',
            'The response payload size has exceeded the limit.',
            '',
          ),
        );
      }
      return Promise.resolve(passThrough);
    };

    function run(a, b) {
      let batch = typeof a === 'function' ? a : b;
      stats.runs.push(typeof a === 'function' ? null : Object.assign({}, a));
      let ctx = new RequestContext(typeof a === 'function' ? null : a);
      return Promise.resolve()
        .then(() => batch(ctx))
        .then((result) => ctx.sync(result));
    }

    function isSetSupported(name, version) {
      if (!/^excelapi$/i.test(name)) return false;
      let want = String(version || '1.1')
        .split('.')
        .map(Number);
      let have = String(state.apiVersion).split('.').map(Number);
      return want[0] < have[0] || (want[0] === have[0] && (want[1] || 0) <= (have[1] || 0));
    }

    let Office = {
      HostType: { Excel: 'Excel' },
      context: {
        requirements: { isSetSupported: isSetSupported },
        get displayLanguage() {
          return state.displayLanguage;
        },
      },
      onReady: (callback) => {
        let info = { host: 'Excel', platform: 'OfficeOnline' };
        if (callback) callback(info);
        return Promise.resolve(info);
      },
    };

    let fake = {
      Excel: { run: run, RequestContext: RequestContext },
      Office: Office,
      state: state,
      stats: stats,
      sheet: (name) => findSheet(state, name),
      /** The cell as stored: { value, numberFormat, formula?, format, hyperlink? }, or null. */
      cell: (sheetName, a1) => {
        let sheet = findSheet(state, sheetName);
        let r = parseRect(a1);
        return sheet && r ? cellAt(sheet, r.top, r.left) : null;
      },
      table: (name) => {
        let t = findTable(state, name);
        return (
          t && {
            name: t.name,
            sheet: t.sheet.name,
            address: rectA1(t.rect),
            columns: tableColumns(t),
          }
        );
      },
      names: () => state.names.map((n) => ({ name: n.name, formula: n.formula })),
      /** The charts on a sheet, ranges as "'Sheet'!A1:A5". */
      charts: (sheetName) => {
        let sheet = findSheet(state, sheetName);
        let ref = (r) => r && sheetRef(r.sheet.name) + '!' + rectA1(r.rect);
        return (sheet ? sheet.charts : []).map((c) => ({
          name: c.name,
          type: c.type,
          title: c.title,
          legend: Object.assign({}, c.legend),
          reversePlotOrder: c.reversePlotOrder,
          position: c.position && rectA1(c.position),
          series: c.series.map((x) => ({
            name: x.name,
            values: ref(x.values),
            xValues: ref(x.xValues),
            color: x.color,
          })),
        }));
      },
      setApiVersion: (version) => {
        state.apiVersion = version;
      },
      resetStats: () => {
        stats.syncs = 0;
        stats.requestBytes.length = 0;
        stats.responseBytes.length = 0;
        stats.runs.length = 0;
        Object.keys(stats.calls).forEach((k) => {
          delete stats.calls[k];
        });
      },
    };
    if (opts.install) {
      root.Excel = fake.Excel;
      root.Office = Office;
    }
    return fake;
  }

  root.createFakeExcel = createFakeExcel;
  root.fakeTypedIn = typedIn;
  if (typeof module !== 'undefined' && module.exports)
    module.exports = { createFakeExcel: createFakeExcel, typedIn: typedIn };
})(typeof globalThis !== 'undefined' ? globalThis : this);
