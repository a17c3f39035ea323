/** Asks before "Ta bort bedömning". Loaded when the button is first pressed. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Lang } from '../../../engine';
import { STRINGS } from '../strings';

export interface RemoveDialogProps {
  lang: Lang;
  open: boolean;
  onAnswer: (remove: boolean) => void;
}

export default function RemoveDialog(props: RemoveDialogProps) {
  const t = STRINGS[props.lang];
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.removeTitle}</DialogTitle>
          <DialogContent>{t.removeText}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true)}>
              {t.removeConfirm}
            </Button>
            <Button onClick={() => props.onAnswer(false)}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
