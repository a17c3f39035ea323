/** Asks before "Ta bort bedömning". Loaded when the button is first pressed. */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../../engine/types';
import { STRINGS } from '../strings';

export interface RemoveDialogProps {
  lang: Lang;
  open: boolean;
  /** `keepHistory`: §10's history of follow-ups stays unless the official unticks it. */
  onAnswer: (remove: boolean, keepHistory: boolean) => void;
}

export default function RemoveDialog(props: RemoveDialogProps) {
  const t = STRINGS[props.lang];
  const [keepHistory, setKeepHistory] = useState(true);
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onAnswer(false, true)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.removeTitle}</DialogTitle>
          <DialogContent>
            {t.removeText}
            <Checkbox
              checked={keepHistory}
              onChange={(_, data) => setKeepHistory(data.checked === true)}
              label={t.removeKeepHistory}
            />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true, keepHistory)}>
              {t.removeConfirm}
            </Button>
            <Button onClick={() => props.onAnswer(false, true)}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
