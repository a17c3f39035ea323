/**
 * The pane's state and actions: what was read and assessed, what is running,
 * and the one status line that the live region announces.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookHost } from '../../adapters/host';
import type { ParameterKey } from '../../engine/parameters';
import type { Lang } from '../../engine/types';
import type { WorkbookAssessment } from '../../workbook/assess-workbook';
import type { ActionOutcome, AssessmentOutcome, WorkbookInfo } from '../run-assessment';
import { STRINGS } from './strings';

/**
 * The engine and the workbook model arrive in a chunk of their own, fetched at
 * once but after the pane has shown itself.
 */
const actions = () => import('../run-assessment');

export type Busy = 'assess' | 'remove' | 'template' | 'parameters';

export interface StatusLine {
  text: string;
  intent: 'info' | 'success' | 'warning' | 'error';
}

export interface WorkbookState {
  info: WorkbookInfo | null;
  result: WorkbookAssessment | null;
  busy: Busy | null;
  status: StatusLine | null;
  /** Counts every change made to the workbook, for views that show it. */
  version: number;
  period: string | null;
  setPeriod: (period: string | null) => void;
  /** §10: the follow-up field's text: what the official wrote, else the derived name. */
  followUp: string;
  setFollowUp: (followUp: string) => void;
  setStatus: (status: StatusLine | null) => void;
  assess: () => Promise<void>;
  remove: (keepHistory?: boolean) => Promise<void>;
  addTemplate: () => Promise<string | null>;
  saveParams: (values: Partial<Record<ParameterKey, unknown>>) => Promise<void>;
  /** Shows an outcome that did not start here (the ribbon's Bedöm button). */
  showOutcome: (outcome: AssessmentOutcome, note?: string) => void;
}

export function useWorkbook(host: WorkbookHost, lang: Lang): WorkbookState {
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const [result, setResult] = useState<WorkbookAssessment | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const [version, setVersion] = useState(0);
  const [period, setPeriodState] = useState<string | null>(null);
  // null: not edited, so the field shows the name derived from the workbook and the period.
  const [followUpEdit, setFollowUpEdit] = useState<string | null>(null);
  const setPeriod = useCallback((next: string | null) => {
    setPeriodState(next);
    setFollowUpEdit(null);
  }, []);
  const derived =
    (period !== null ? info?.followUps.byPeriod[period] : undefined) ??
    info?.followUps.latest ??
    '';
  const followUp = followUpEdit ?? derived;
  // The actions read the language at the time they run, not when they were made.
  const langRef = useRef(lang);
  langRef.current = lang;

  const refresh = useCallback(async () => {
    try {
      const outcome = await (await actions()).readWorkbookInfo(host, langRef.current);
      if (outcome.ok) setInfo(outcome.info);
      else setStatus({ text: outcome.message, intent: 'error' });
    } catch {
      setStatus({ text: STRINGS[langRef.current].loadFailed, intent: 'error' });
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A chosen period column that the workbook no longer has falls back to the latest outcome.
  useEffect(() => {
    if (info && period !== null && !info.periods.some((p) => p.label === period)) setPeriod(null);
  }, [info, period, setPeriod]);

  /**
   * Runs one action at a time, announcing it while it runs. The actions never
   * throw; only their chunk can fail to load, which becomes a failure too.
   */
  const run = useCallback(
    async <T extends { ok: boolean }>(
      kind: Busy,
      text: string,
      work: () => Promise<T>,
    ): Promise<T | { ok: false; message: string }> => {
      setBusy(kind);
      setStatus({ text, intent: 'info' });
      try {
        return await work();
      } catch {
        return { ok: false, message: STRINGS[langRef.current].loadFailed };
      } finally {
        setBusy(null);
        setVersion((v) => v + 1);
      }
    },
    [],
  );

  const showOutcome = useCallback((outcome: AssessmentOutcome, note?: string) => {
    if (!outcome.ok) {
      setStatus({ text: outcome.message, intent: 'error' });
      return;
    }
    setResult(outcome.result);
    const text = note ? `${outcome.summary} ${note}` : outcome.summary;
    setStatus({ text, intent: outcome.result.problems.length ? 'warning' : 'success' });
    setVersion((v) => v + 1);
  }, []);

  const assess = useCallback(async () => {
    const l = langRef.current;
    const outcome = await run('assess', STRINGS[l].assessing, async () =>
      (await actions()).runAssessment(host, { lang: l, period, followUp: followUpEdit }),
    );
    showOutcome(outcome);
    if (outcome.ok) await refresh();
  }, [host, period, followUpEdit, run, showOutcome, refresh]);

  const finish = useCallback(
    async (outcome: ActionOutcome, after?: () => void) => {
      setStatus({ text: outcome.message, intent: outcome.ok ? 'success' : 'error' });
      if (!outcome.ok) return;
      after?.();
      await refresh();
    },
    [refresh],
  );

  const remove = useCallback(
    async (keepHistory = true) => {
      const l = langRef.current;
      const outcome = await run('remove', STRINGS[l].working, async () =>
        (await actions()).removeAssessment(host, l, keepHistory),
      );
      await finish(outcome, () => setResult(null));
    },
    [host, run, finish],
  );

  const addTemplate = useCallback(async () => {
    const l = langRef.current;
    const outcome = await run('template', STRINGS[l].working, async () =>
      (await actions()).insertTemplate(host, l),
    );
    await finish(outcome);
    return outcome.ok ? outcome.sheet : null;
  }, [host, run, finish]);

  const saveParams = useCallback(
    async (values: Partial<Record<ParameterKey, unknown>>) => {
      const l = langRef.current;
      const outcome = await run('parameters', STRINGS[l].working, async () =>
        (await actions()).saveParameters(host, values, l),
      );
      await finish(outcome);
    },
    [host, run, finish],
  );

  return {
    info,
    result,
    busy,
    status,
    version,
    period,
    setPeriod,
    followUp,
    setFollowUp: setFollowUpEdit,
    setStatus,
    assess,
    remove,
    addTemplate,
    saveParams,
    showOutcome,
  };
}
