/** The pane's title and the language switch. */
import { Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import type { Lang } from '../../../engine';
import { STRINGS } from '../strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, color: tokens.colorBrandForeground1 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  switch: { flexShrink: 0 },
});

export function Header(props: { lang: Lang; onLang: (lang: Lang) => void }) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <Caption1 className={styles.subtitle}>{t.appSubtitle}</Caption1>
      </div>
      <Button
        className={styles.switch}
        size="small"
        appearance="subtle"
        lang={t.switchLanguageLang}
        onClick={() => props.onLang(t.switchLanguageLang)}
      >
        {t.switchLanguage}
      </Button>
    </header>
  );
}
