/** A status as symbol, label and colour together (§1): never told by colour alone. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { STATUS_LOOK, statusText } from '../../../engine';
import type { Lang, Status } from '../../../engine';

const useStyles = makeStyles({
  tag: {
    display: 'inline-block',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  large: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
  },
});

export function StatusTag(props: {
  status: Status;
  lang: Lang;
  overridden?: boolean;
  size?: 'medium' | 'large';
}) {
  const styles = useStyles();
  const look = STATUS_LOOK[props.status];
  return (
    <span
      className={mergeClasses(styles.tag, props.size === 'large' && styles.large)}
      style={{ backgroundColor: look.fill, color: look.fontColor }}
    >
      {statusText(props.status, props.lang, props.overridden)}
    </span>
  );
}
