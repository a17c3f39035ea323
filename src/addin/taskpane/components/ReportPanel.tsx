/**
 * "Rapport till nämnden" (§11): download the .docx where the Office host
 * allows downloads, or copy the report as formatted HTML to paste into Word
 * where it does not. The code that makes the report is fetched when the
 * official reaches for a button, never in the first load.
 */
import { Button, Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../../engine';
import type { WorkbookAssessment } from '../../../workbook';
import { STRINGS } from '../strings';
import type { StatusLine } from '../useWorkbook';

const exporter = () => import(/* webpackChunkName: "report" */ '../../report-export');

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ReportPanelProps {
  result: WorkbookAssessment;
  lang: Lang;
  /** The period column assessed, or null for the latest outcome per indicator. */
  period: string | null;
  busy: boolean;
  onStatus: (status: StatusLine) => void;
}

export function ReportPanel(props: ReportPanelProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const [working, setWorking] = useState(false);
  const hint = useId('report-hint');
  // Fetched as the official reaches for a button, so that a click finds it ready:
  // the clipboard accepts a write only shortly after the click.
  const prefetch = () => void exporter().catch(() => undefined);

  const options = () => ({ lang: props.lang, date: today(), period: props.period });

  const download = async () => {
    setWorking(true);
    try {
      const { reportFile } = await exporter();
      const file = await reportFile(props.result, options());
      save(file.blob, file.fileName);
      props.onStatus({ text: t.reportDownloaded(file.fileName), intent: 'success' });
    } catch {
      props.onStatus({ text: t.reportFailed, intent: 'error' });
    } finally {
      setWorking(false);
    }
  };

  const copy = async () => {
    try {
      const { reportClipboard } = await exporter();
      const { html, text } = reportClipboard(props.result, options());
      const copied = await copyRich(html, text);
      props.onStatus(
        copied
          ? { text: t.reportCopied, intent: 'success' }
          : { text: t.copyFailed, intent: 'error' },
      );
    } catch {
      props.onStatus({ text: t.reportFailed, intent: 'error' });
    }
  };

  const disabled = props.busy || working;
  return (
    <div className={styles.root}>
      <Caption1>{t.reportIntro}</Caption1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={disabled}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => void download()}
        >
          {working ? t.reportWorking : t.downloadReport}
        </Button>
        <Button
          disabledFocusable={disabled}
          aria-describedby={hint}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => void copy()}
        >
          {t.copyReport}
        </Button>
      </div>
      <Caption1 id={hint} className={styles.muted}>
        {t.copyReportHint}
      </Caption1>
    </div>
  );
}

/** A download through a link: where the host blocks downloads, nothing happens (hence the copy). */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The asynchronous clipboard with HTML and plain text where the host has it;
 * else the old copy command, whose copy event is given the same two.
 */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return true;
    }
  } catch {
    // Refused (permission, focus) or not supported: the copy command may still work.
  }
  return copyWithCommand(html, text);
}

function copyWithCommand(html: string, text: string): boolean {
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    copied = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    // Deprecated, but the one way to copy formatted text in hosts without ClipboardItem.
    document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return copied;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
