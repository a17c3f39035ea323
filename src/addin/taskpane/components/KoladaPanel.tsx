/** "Hämta från Kolada" (§12): the municipality field, the button and its progress. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../../../engine';
import type { FetchStep } from '../../../kolada';
import { KOLADA_STRINGS } from '../kolada-strings';

const STEPS: readonly FetchStep[] = ['municipality', 'kpis', 'data'];

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0 },
});

export interface KoladaPanelProps {
  lang: Lang;
  /** The Metod sheet's Kommun, to prefill the field. */
  kommun: string | null;
  busy: boolean;
  step: FetchStep | null;
  onFetch: (kommun: string) => void;
}

export function KoladaPanel(props: KoladaPanelProps) {
  const styles = useStyles();
  const t = KOLADA_STRINGS[props.lang];
  const [kommun, setKommun] = useState(props.kommun ?? '');
  // The Metod sheet's value arrives after the first read, and again after saving.
  useEffect(() => setKommun(props.kommun ?? ''), [props.kommun]);
  const fetching = props.step !== null;
  return (
    <div className={styles.card}>
      <Subtitle2 as="h2" className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Field label={t.kommunLabel} hint={t.kommunHint}>
        <Input value={kommun} onChange={(_, data) => setKommun(data.value)} />
      </Field>
      <Button
        appearance="secondary"
        disabledFocusable={props.busy || kommun.trim() === ''}
        onClick={() => props.onFetch(kommun)}
      >
        {t.button}
      </Button>
      {fetching && (
        <Field validationMessage={t.steps[props.step as FetchStep]} validationState="none">
          <ProgressBar
            aria-label={t.progressLabel}
            value={(STEPS.indexOf(props.step as FetchStep) + 1) / (STEPS.length + 1)}
          />
        </Field>
      )}
    </div>
  );
}
