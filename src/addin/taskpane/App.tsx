/** The task pane: assess the workbook, see the result and the problems, adjust the method. */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { WorkbookHost } from '../../adapters/host';
import type { Lang, Problem } from '../../engine/types';
import type { PaneHost } from '../host-factory';
import type { AssessmentOutcome } from '../run-assessment';
import { AssessPanel } from './components/AssessPanel';
import type { CellTarget } from './components/DemoSheets';
import { Header } from './components/Header';
import { ProblemList } from './components/ProblemList';
import { ResultView } from './components/ResultView';
import { ToolsPanel } from './components/ToolsPanel';
import { STRINGS } from './strings';
import { useWorkbook, type StatusLine } from './useWorkbook';

// Not needed for the first view: the parameters and the help, and the demo's sheets.
const MoreSections = lazy(() => import('./components/MoreSections'));
const DemoSheets = lazy(() => import('./components/DemoSheets'));

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '560px',
    marginInline: 'auto',
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  // Always rendered (a live region must exist before its text changes); takes room only with text.
  status: { ':not(:empty)': { marginTop: tokens.spacingVerticalM } },
});

export interface AppProps {
  paneHost: PaneHost;
  initialLang: Lang;
  /** Where outcomes published elsewhere (the ribbon command) arrive. */
  subscribeOutcomes?: (listener: (outcome: AssessmentOutcome) => void) => () => void;
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <Subtitle1 as="h2" id={props.id} className={styles.heading}>
        {props.title}
      </Subtitle1>
      {props.children}
    </section>
  );
}

function Status(props: { status: StatusLine | null; busy: boolean }) {
  const styles = useStyles();
  const { status } = props;
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
      {status &&
        (props.busy ? (
          <Text size={200}>{status.text}</Text>
        ) : (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        ))}
    </div>
  );
}

export function App(props: AppProps) {
  const styles = useStyles();
  const { paneHost } = props;
  const host: WorkbookHost = paneHost.host;
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const [target, setTarget] = useState<CellTarget | null>(null);
  const wb = useWorkbook(host, lang);
  const t = STRINGS[lang];
  const demo = paneHost.mode === 'demo';

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const { subscribeOutcomes } = props;
  const { showOutcome } = wb;
  useEffect(
    () => subscribeOutcomes?.((outcome) => showOutcome(outcome, STRINGS[lang].fromRibbon)),
    [subscribeOutcomes, showOutcome, lang],
  );

  const goTo = useCallback(
    async (sheet: string, cell: string) => {
      if (demo) setTarget({ sheet, cell, nonce: Date.now() });
      try {
        await host.select?.(sheet, cell);
      } catch {
        wb.setStatus({ text: t.goToFailed(`${sheet}!${cell}`), intent: 'error' });
      }
    },
    [demo, host, wb, t],
  );

  // The last message is in the old language; the result's own texts (reasons, problems) stay until the next assessment.
  const switchLang = (next: Lang) => {
    setLang(next);
    wb.setStatus(wb.result ? { text: STRINGS[next].reassessForLanguage, intent: 'info' } : null);
  };

  const busy = wb.busy !== null;
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <main className={styles.main}>
        <Header lang={lang} onLang={switchLang} />
        {demo && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.demoBannerTitle}</MessageBarTitle>
              {t.demoBannerText}
            </MessageBarBody>
          </MessageBar>
        )}
        <AssessPanel
          lang={lang}
          periods={wb.info?.periods ?? []}
          period={wb.period}
          onPeriod={wb.setPeriod}
          followUp={wb.followUp}
          onFollowUp={wb.setFollowUp}
          busy={busy}
          assessing={wb.busy === 'assess'}
          onAssess={wb.assess}
        >
          <Status status={wb.status} busy={busy} />
        </AssessPanel>
        {wb.result && (
          <Section id="malkoll-result" title={t.resultHeading}>
            <ResultView
              assessment={wb.result.assessment}
              comparison={wb.result.comparison}
              lang={lang}
            />
          </Section>
        )}
        {wb.result && (
          <Section id="malkoll-problems" title={t.problemsHeading(wb.result.problems.length)}>
            <ProblemList
              problems={wb.result.problems}
              lang={lang}
              onGoTo={(p: Problem) => void goTo(p.sheet, p.cell)}
            />
          </Section>
        )}
        {paneHost.mode === 'demo' && (
          <Section id="malkoll-demo" title={t.demoSheetsHeading}>
            <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
              <DemoSheets host={paneHost.host} version={wb.version} target={target} lang={lang} />
            </Suspense>
          </Section>
        )}
        <Section id="malkoll-tools" title={t.toolsHeading}>
          <ToolsPanel
            lang={lang}
            busy={busy}
            onRemove={(keepHistory) => void wb.remove(keepHistory)}
            onInsertTemplate={async () => {
              const sheet = await wb.addTemplate();
              if (sheet) await goTo(sheet, 'A1');
            }}
          />
        </Section>
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <MoreSections
            lang={lang}
            info={wb.info}
            busy={busy}
            onSave={wb.saveParams}
            onInvalid={(text) => wb.setStatus({ text, intent: 'error' })}
          />
        </Suspense>
      </main>
    </FluentProvider>
  );
}
