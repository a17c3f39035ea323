/** The problems to fix, each with its cell and a button that goes there. */
import { Body1, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang, Problem } from '../../../engine';
import { problemText } from '../../../text';
import { STRINGS } from '../strings';

/** Enough to act on at once; the rest are a button press away. */
const FIRST_SHOWN = 20;

const SEVERITY_LOOK = {
  error: { symbol: '✖', color: tokens.colorPaletteRedForeground1 },
  warning: { symbol: '⚠', color: tokens.colorPaletteDarkOrangeForeground1 },
} as const;

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    ':not(:first-child)': {
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  where: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, minWidth: 0 },
  severity: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  ref: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  message: { overflowWrap: 'anywhere' },
  more: { alignSelf: 'flex-start' },
});

export function ProblemList(props: {
  problems: Problem[];
  lang: Lang;
  onGoTo: (problem: Problem) => void;
}) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const [all, setAll] = useState(false);
  if (!props.problems.length) return <Body1>{t.noProblems}</Body1>;
  const shown = all ? props.problems : props.problems.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((p, k) => {
          const ref = `${p.sheet}!${p.cell}`;
          const look = SEVERITY_LOOK[p.severity];
          return (
            <li key={`${ref}-${p.code}-${k}`} className={styles.item}>
              <div className={styles.head}>
                <span className={styles.where}>
                  <Caption1 className={styles.severity} style={{ color: look.color }}>
                    <span aria-hidden="true">{look.symbol} </span>
                    {t.severity[p.severity]}
                  </Caption1>
                  <Caption1 className={styles.ref}>{ref}</Caption1>
                </span>
                <Button
                  size="small"
                  aria-label={t.goToCellLabel(ref)}
                  onClick={() => props.onGoTo(p)}
                >
                  {t.goToCell}
                </Button>
              </div>
              <Text size={200} className={styles.message}>
                {problemText(p, props.lang)}
              </Text>
            </li>
          );
        })}
      </ul>
      {!all && props.problems.length > FIRST_SHOWN && (
        <Button className={styles.more} appearance="subtle" onClick={() => setAll(true)}>
          {t.showAllProblems(props.problems.length)}
        </Button>
      )}
    </>
  );
}
