/**
 * The parameters of the Metod sheet and the help, folded away under the
 * pane's main work. Loaded after the pane has shown itself.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { ParameterKey } from '../../../engine';
import type { Lang } from '../../../engine';
import type { WorkbookInfo } from '../../run-assessment';
import { STRINGS } from '../strings';
import HelpPanel from './HelpPanel';
import ParametersEditor from './ParametersEditor';

const useStyles = makeStyles({
  root: {
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

export interface MoreSectionsProps {
  lang: Lang;
  info: WorkbookInfo | null;
  busy: boolean;
  onSave: (values: Partial<Record<ParameterKey, unknown>>) => void;
  onInvalid: (message: string) => void;
}

export default function MoreSections(props: MoreSectionsProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const { info } = props;
  return (
    <Accordion collapsible multiple className={styles.root}>
      <AccordionItem value="parameters">
        <AccordionHeader as="h2">{t.parametersHeading}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {info ? (
            <ParametersEditor
              // New values from the workbook (or another language) start the form afresh.
              key={`${props.lang}-${JSON.stringify(info.parameters)}`}
              parameters={info.parameters}
              hasMethodSheet={info.hasMethodSheet}
              lang={props.lang}
              busy={props.busy}
              onSave={props.onSave}
              onInvalid={props.onInvalid}
            />
          ) : (
            <Spinner size="tiny" label={t.loading} />
          )}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="help">
        <AccordionHeader as="h2">{t.helpHeading}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <HelpPanel lang={props.lang} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
