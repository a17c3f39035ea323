/** "Infoga exempeltabell" and "Ta bort bedömning" (after a confirmation). */
import { Button, Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Lang } from '../../../engine/types';
import { STRINGS } from '../strings';

const RemoveDialog = lazy(() => import('./RemoveDialog'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tool: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ToolsPanelProps {
  lang: Lang;
  busy: boolean;
  onInsertTemplate: () => void;
  onRemove: (keepHistory: boolean) => void;
}

export function ToolsPanel(props: ToolsPanelProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const [confirming, setConfirming] = useState(false);
  // Kept mounted after the first question, so that the dialog can close as it should.
  const [asked, setAsked] = useState(false);
  const templateHint = useId('template-hint');
  const removeHint = useId('remove-hint');
  return (
    <div className={styles.root}>
      <div className={styles.tool}>
        <Button
          disabledFocusable={props.busy}
          aria-describedby={templateHint}
          onClick={props.onInsertTemplate}
        >
          {t.insertTemplate}
        </Button>
        <Caption1 id={templateHint} className={styles.muted}>
          {t.insertTemplateHint}
        </Caption1>
      </div>
      <div className={styles.tool}>
        <Button
          disabledFocusable={props.busy}
          aria-describedby={removeHint}
          onClick={() => {
            setAsked(true);
            setConfirming(true);
          }}
        >
          {t.removeAssessment}
        </Button>
        <Caption1 id={removeHint} className={styles.muted}>
          {t.removeHint}
        </Caption1>
      </div>
      {asked && (
        <Suspense fallback={null}>
          <RemoveDialog
            lang={props.lang}
            open={confirming}
            onAnswer={(remove, keepHistory) => {
              setConfirming(false);
              if (remove) props.onRemove(keepHistory);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
