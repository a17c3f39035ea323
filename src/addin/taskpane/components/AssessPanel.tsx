/** The period to assess and the "Bedöm arbetsboken" button. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../../engine/types';
import type { PeriodColumn } from '../../../workbook/read/types';
import { STRINGS } from '../strings';

/** The option value of "Senaste utfall"; period headers are never empty. */
const LATEST = '';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  button: { width: '100%' },
});

export interface AssessPanelProps {
  lang: Lang;
  periods: PeriodColumn[];
  period: string | null;
  onPeriod: (period: string | null) => void;
  /** §10: the follow-up's name, prefilled with the derived one. */
  followUp: string;
  onFollowUp: (followUp: string) => void;
  busy: boolean;
  assessing: boolean;
  onAssess: () => void;
  /** The status line, under the button where the eye is. */
  children?: ReactNode;
}

export function AssessPanel(props: AssessPanelProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const selected = props.period ?? LATEST;
  return (
    <div className={styles.card}>
      <Field label={t.periodLabel} hint={t.periodHint}>
        <Select
          value={selected}
          onChange={(_, data) => props.onPeriod(data.value === LATEST ? null : data.value)}
        >
          <option value={LATEST}>{t.periodLatest}</option>
          {props.periods.map((p) => (
            <option key={p.label} value={p.label}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.followUpLabel} hint={t.followUpHint}>
        <Input value={props.followUp} onChange={(_, data) => props.onFollowUp(data.value)} />
      </Field>
      <div>
        <Button
          className={styles.button}
          appearance="primary"
          size="large"
          disabledFocusable={props.busy}
          icon={props.assessing ? <Spinner size="tiny" aria-hidden /> : undefined}
          onClick={props.onAssess}
        >
          {t.assessButton}
        </Button>
        {props.children}
      </div>
    </div>
  );
}
