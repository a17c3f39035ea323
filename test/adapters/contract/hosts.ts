/**
 * The hosts the contract suite runs over: each made from the same snapshot,
 * each able to show what a user would find after closing and opening the
 * workbook again (the file host saves and loads its package).
 */
import { ExcelJsHost } from '../../../src/adapters/exceljs';
import type { WorkbookHost } from '../../../src/adapters/host';
import { MemoryHost } from '../../../src/adapters/memory';
import { XlsxHost } from '../../../src/adapters/xlsx';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { createFakeExcel } from '../../support/fake-excel';
import { fakeWorkbook } from '../../support/fake-from-snapshot';
import { hostFor } from '../officejs/helpers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Subject {
  host: WorkbookHost;
  /** The workbook as it is found again after saving and opening it. */
  reopen(): Promise<WorkbookHost>;
}

export interface HostKind {
  name: string;
  /** The Office.js host does not load formulas yet (its read takes values and formats only). */
  readsFormulas: boolean;
  make(snapshot: WorkbookSnapshot): Promise<Subject>;
}

const dir = mkdtempSync(join(tmpdir(), 'malkoll-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

export const memory: HostKind = {
  name: 'memory',
  readsFormulas: true,
  make: async (snapshot) => {
    const host = new MemoryHost(snapshot);
    return { host, reopen: async () => host };
  },
};

/** The file host, on a package written by another program (exceljs) as users' files are. */
export const file: HostKind = {
  name: 'xlsx file',
  readsFormulas: true,
  make: async (snapshot) => {
    const path = join(dir, `start${++files}.xlsx`);
    await ExcelJsHost.fromSnapshot(snapshot).save(path, { date: '2024-01-01' });
    let host = await XlsxHost.load(path);
    return {
      get host() {
        return host;
      },
      reopen: async () => {
        host = await XlsxHost.fromBytes(host.bytes({ date: '2024-09-30' }));
        return host;
      },
    };
  },
};

export const officeJs: HostKind = {
  name: 'Office.js (fake Excel)',
  readsFormulas: false,
  make: async (snapshot) => {
    const host = hostFor(createFakeExcel(fakeWorkbook(snapshot)));
    return { host, reopen: async () => host };
  },
};
