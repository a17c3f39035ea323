/**
 * Counts per status. The whole shows each status with its full label; lists
 * show compact chips (symbol and number) whose full words are in the
 * accessible label and the legend.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_LOOK } from '../../../engine';
import { STATUSES, type Counts, type Lang } from '../../../engine';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  tile: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
  },
  number: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightBold,
    minWidth: '1.5em',
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  chip: {
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export function CountTiles(props: { counts: Counts; lang: Lang; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-label={props.label}>
      {STATUSES.map((status) => {
        const look = STATUS_LOOK[status];
        return (
          <li
            key={status}
            className={styles.tile}
            style={{ backgroundColor: look.fill, color: look.fontColor }}
            data-status={status}
          >
            <span className={styles.number}>{props.counts[status]}</span>
            <span className={styles.label}>
              {look.symbol} {look[props.lang]}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** "●3 ◆1 ■0 ▲2": zero counts are left out to keep rows short. */
export function CountChips(props: { counts: Counts; lang: Lang; label: string }) {
  const styles = useStyles();
  const shown = STATUSES.filter((s) => props.counts[s] > 0);
  return (
    <ul className={styles.chips} aria-label={props.label}>
      {shown.map((status) => {
        const look = STATUS_LOOK[status];
        return (
          <li
            key={status}
            className={styles.chip}
            style={{ backgroundColor: look.fill, color: look.fontColor }}
            title={`${look[props.lang]}: ${props.counts[status]}`}
          >
            <span aria-hidden="true">
              {look.symbol} {props.counts[status]}
            </span>
            <span className={styles.hidden}>
              {props.counts[status]} {look[props.lang]}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The symbols' words, once above the lists that use chips. */
export function Legend(props: { lang: Lang; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.chips} aria-label={props.label}>
      {STATUSES.map((status) => {
        const look = STATUS_LOOK[status];
        return (
          <li
            key={status}
            className={styles.chip}
            style={{ backgroundColor: look.fill, color: look.fontColor }}
          >
            {look.symbol} {look[props.lang]}
          </li>
        );
      })}
    </ul>
  );
}
