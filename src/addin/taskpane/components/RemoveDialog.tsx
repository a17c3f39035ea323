/**
 * Asks before "Ta bort bedömning". Loaded when the button is first pressed.
 * The content is a list of paragraphs (and, later, choices such as keeping
 * the history sheet) so that more can be said without a new dialog.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../../../engine/types';
import { STRINGS } from '../strings';

export interface RemoveDialogProps {
  lang: Lang;
  open: boolean;
  onAnswer: (remove: boolean) => void;
}

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& p': { margin: 0 },
  },
});

export default function RemoveDialog(props: RemoveDialogProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.removeTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p">{t.removeText}</Text>
            <Text as="p" weight="semibold">
              {t.removeUndoNote}
            </Text>
          </DialogContent>
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
