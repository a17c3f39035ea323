/**
 * Demo mode: the example workbook's sheets as read-only tables, with the
 * fills Målkoll wrote, so that the result can be seen without Excel. Loaded
 * only in demo mode.
 */
import {
  Caption1,
  makeStyles,
  mergeClasses,
  Switch,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MemoryHost } from '../../../adapters/memory';
import type { Lang } from '../../../engine';
import { isMark } from '../../../workbook';
import type { WorkbookSnapshot } from '../../../workbook';
import { STRINGS } from '../strings';
import { ownedColumns, sheetView, type SheetView } from './sheet-cells';

export interface CellTarget {
  sheet: string;
  cell: string;
  /** Changes on every request, so that the same cell can be gone to twice. */
  nonce: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // A workbook has more sheets than a narrow pane has room for side by side.
  tabs: { flexWrap: 'wrap' },
  scroller: {
    overflow: 'auto',
    maxHeight: '360px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    paddingInline: tokens.spacingHorizontalXS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
    paddingInline: tokens.spacingHorizontalXS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 2 },
  cell: {
    maxWidth: '14em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':focus': { outline: 'none' },
  },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DemoSheetsProps {
  host: MemoryHost;
  /** Changes whenever the workbook does, to read it again. */
  version: number;
  target: CellTarget | null;
  lang: Lang;
}

export default function DemoSheets(props: DemoSheetsProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [compact, setCompact] = useState(true);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    props.host.read().then((s) => live && setSnapshot(s));
    return () => {
      live = false;
    };
  }, [props.host, props.version]);

  const sheet = snapshot?.sheets.find((s) => s.name === sheetName) ?? snapshot?.sheets[0] ?? null;
  const target = props.target;

  // Going to a cell: show its sheet, in full when the compact view hides it.
  useEffect(() => {
    if (!target) return;
    setSheetName(target.sheet);
    setCompact(false);
  }, [target]);

  const view: SheetView | null = useMemo(
    () =>
      snapshot && sheet
        ? sheetView(snapshot, sheet, {
            compact,
            lang: props.lang,
            styleAt: (s, r, c) => props.host.styleAt(s, r, c),
          })
        : null,
    [snapshot, sheet, compact, props.lang, props.host],
  );

  useEffect(() => {
    if (!target || !view || view.name !== target.sheet) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${target.cell}"]`);
    cell?.scrollIntoView?.({ block: 'center', inline: 'center' });
    cell?.focus({ preventScroll: true });
  }, [target, view]);

  if (!snapshot || !view) return <Caption1>{t.loading}</Caption1>;
  const selected = target && target.sheet === view.name ? target.cell : null;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.demoSheetTabs}
        selectedValue={view.name}
        onTabSelect={(_, data) => setSheetName(String(data.value))}
      >
        {snapshot.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <Caption1 className={styles.muted}>
        {snapshot.names.some((n) => isMark(n.name)) ? t.demoSheetsHint : t.demoNotAssessed}
      </Caption1>
      {ownedColumns(snapshot, view.name).length > 0 && (
        <Switch
          checked={compact}
          label={t.demoCompact}
          onChange={(_, data) => setCompact(data.checked)}
        />
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={t.demoSheetTable(view.name)}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>{t.demoSheetTable(view.name)}</caption>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} scope="col" />
              {view.columns.map((c) => (
                <th key={c.col} className={styles.head} scope="col">
                  {c.letter}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.row}>
                <th className={styles.rowHead} scope="row">
                  {r.row}
                </th>
                {r.cells.map((c) => (
                  <td
                    key={c.address}
                    data-cell={c.address}
                    tabIndex={-1}
                    title={c.text || undefined}
                    className={mergeClasses(styles.cell, c.address === selected && styles.selected)}
                    style={{
                      backgroundColor: c.style?.fill,
                      color: c.style?.fontColor,
                      fontWeight: c.style?.bold ? 600 : undefined,
                      fontStyle: c.style?.italic ? 'italic' : undefined,
                    }}
                  >
                    {c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
