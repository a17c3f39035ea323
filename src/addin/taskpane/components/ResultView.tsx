/** The assessment: the whole, each focus area with its goals, and each owner (nämnd). */
import {
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Assessment, GoalResult, GroupResult, Lang } from '../../../engine/types';
import { changeText, type Change } from '../../../workbook/history/change-look';
import type { Comparison } from '../../../workbook/history/change';
import type { ReactNode } from 'react';
import { fmt, STRINGS } from '../strings';
import { CountChips, CountTiles, Legend } from './Counts';
import { StatusTag } from './StatusTag';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  whole: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  wholeHead: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  card: {
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    overflow: 'hidden',
  },
  cardHead: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});

/** §10: the previous follow-up's status and the change, beside a status; nothing without one. */
function Previous(props: { change: Change | undefined; followUp: string | null; lang: Lang }) {
  const styles = useStyles();
  const { change, followUp } = props;
  if (!change?.previousStatus || followUp === null) return null;
  const words = changeText(change.change, props.lang);
  return (
    <Caption1 className={mergeClasses(styles.line, styles.muted)}>
      {STRINGS[props.lang].previousLabel(followUp)}
      <StatusTag status={change.previousStatus} lang={props.lang} />
      {words && <span>{words}</span>}
    </Caption1>
  );
}

export function ResultView(props: {
  assessment: Assessment;
  lang: Lang;
  /** §10: the previous follow-up beside this one, when there is one. */
  comparison?: Comparison | null;
}) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const { overall, focusAreas, owners, goals } = props.assessment;
  const c = props.comparison ?? null;
  const previous = c?.previous?.name ?? null;
  const goalChange = new Map(goals.map((g, i) => [g, c?.goals[i]]));
  const areaChange = new Map(focusAreas.map((f, i) => [f, c?.focusAreas[i]]));
  return (
    <div className={styles.section}>
      <Legend lang={props.lang} label={t.legendLabel} />
      <section className={styles.whole} aria-labelledby="malkoll-whole">
        <div className={styles.wholeHead}>
          <Subtitle2 as="h3" id="malkoll-whole" className={styles.heading}>
            {t.wholeHeading}
          </Subtitle2>
          <StatusTag status={overall.status} lang={props.lang} size="large" />
        </div>
        <Caption1 className={styles.muted}>
          {t.goalsUnit(goals.length)}
          {overall.score !== null && ` · ${t.scoreLabel(fmt(overall.score, props.lang))}`}
        </Caption1>
        <Previous change={c?.overall} followUp={previous} lang={props.lang} />
        <CountTiles counts={overall.counts} lang={props.lang} label={t.wholeCountsLabel} />
      </section>
      <Subtitle2 as="h3" className={styles.heading}>
        {t.focusAreasHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {groupGoals(focusAreas, goals).map(({ area, goals: own }) => (
          <li key={area.name} className={styles.card}>
            <div className={styles.cardHead}>
              <div className={styles.line}>
                <Text className={styles.name}>{area.name}</Text>
                <StatusTag status={area.status} lang={props.lang} />
              </div>
              <Previous change={areaChange.get(area)} followUp={previous} lang={props.lang} />
              <CountChips
                counts={area.counts}
                lang={props.lang}
                label={t.countsLabel(area.name, t.goalsUnit(own.length))}
              />
            </div>
            <ul className={styles.list}>
              {own.map((goal) => (
                <GoalRow
                  key={goal.name}
                  goal={goal}
                  lang={props.lang}
                  previous={
                    <Previous change={goalChange.get(goal)} followUp={previous} lang={props.lang} />
                  }
                />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3" className={styles.heading}>
        {t.ownersHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t.ownersHint}</Caption1>
      <ul className={mergeClasses(styles.list, styles.card)}>
        {owners.map((owner) => (
          <li key={owner.name} className={styles.row}>
            <div className={styles.line}>
              <Text className={styles.name}>{owner.name}</Text>
              <StatusTag status={owner.status} lang={props.lang} />
            </div>
            <CountChips
              counts={owner.counts}
              lang={props.lang}
              label={t.countsLabel(owner.name, t.indicatorsUnit(total(owner.counts)))}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function GoalRow(props: { goal: GoalResult; lang: Lang; previous?: ReactNode }) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  const { goal } = props;
  const indicators = total(goal.counts);
  const { done, planned } = goal.activities;
  return (
    <li className={styles.row}>
      <div className={styles.line}>
        <Text className={styles.name}>{goal.name}</Text>
        <StatusTag status={goal.status} lang={props.lang} overridden={goal.overridden} />
      </div>
      {props.previous}
      {indicators > 0 && (
        <CountChips
          counts={goal.counts}
          lang={props.lang}
          label={t.countsLabel(goal.name, t.indicatorsUnit(indicators))}
        />
      )}
      <Caption1 className={styles.muted}>{goal.reason}</Caption1>
      {done + planned > 0 && (
        <Caption1 className={styles.muted}>{t.activities(done, planned)}</Caption1>
      )}
    </li>
  );
}

function total(counts: GroupResult['counts']): number {
  return counts.met + counts.partly_met + counts.not_met + counts.not_assessed;
}

const fold = (s: string) => s.trim().toLowerCase();

/** Each focus area with its goals, in the assessment's order (the engine names every goal's area). */
function groupGoals(
  areas: GroupResult[],
  goals: GoalResult[],
): { area: GroupResult; goals: GoalResult[] }[] {
  const groups = areas.map((area) => ({ area, goals: [] as GoalResult[] }));
  const byName = new Map(groups.map((g) => [fold(g.area.name), g]));
  for (const goal of goals) byName.get(fold(goal.focusArea))?.goals.push(goal);
  return groups;
}
