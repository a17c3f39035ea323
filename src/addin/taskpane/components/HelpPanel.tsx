/** A short, plain explanation of the method. Loaded only when the user opens it. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../../../engine/types';

interface Topic {
  title: string;
  paragraphs: string[];
}

const HELP: Record<Lang, Topic[]> = {
  sv: [
    {
      title: 'Vad Målkoll gör',
      paragraphs: [
        'Målkoll hittar tabellerna med indikatorer i arbetsboken, bedömer varje indikator och väger samman indikatorerna till en bedömning per mål, fokusområde och nämnd.',
        'Bredvid varje tabell skrivs fyra kolumner: Bedömning, Trend, Måluppfyllelse och Motivering. Bladet Sammanställning visar helheten och problemen som behöver åtgärdas.',
      ],
    },
    {
      title: 'Uppföljningar över tid',
      paragraphs: [
        'Varje bedömning hör till en uppföljning, till exempel T1 2024, Delår 2024 eller Årsredovisning 2023. Periodkolumner efter uppföljningen räknas inte, så T1 2024 bedömd i september ger det som var känt vid T1.',
        'Bladet Historik sparar varje uppföljnings bedömningar. Bredvid varje bedömning visas föregående uppföljnings bedömning och förändringen: ↑ Bättre, ↓ Sämre eller → Oförändrad.',
      ],
    },
    {
      title: 'Så bedöms en indikator',
      paragraphs: [
        'Ambitionsnivån avgör hur indikatorn bedöms. Målvärde: uppfyllt när utfallet nått målvärdet, delvis när det nått större delen av vägen dit. Förbättring: jämför med föregående utfall. Jämförelse: jämför med till exempel rikssnittet. Takt: räcker takten för att nå ett långsiktigt mål i tid? Manuell: den sakkunniga bedömer.',
        'Önskad riktning (öka eller minska) säger vad som är bättre. Utan utfall eller riktning blir indikatorn Kan inte bedömas, och ett problem säger vad som saknas.',
      ],
    },
    {
      title: 'Så vägs målen samman',
      paragraphs: [
        'Med poäng ger Uppfyllt 1 poäng, Delvis uppfyllt en halv och Ej uppfyllt 0. Målet är uppfyllt när snittet når gränsen Mål uppfyllt vid (0,8), delvis vid Mål delvis vid (0,5).',
        'Med två sämsta avgör målets två sämsta indikatorer. Kan för få indikatorer bedömas blir målet Kan inte bedömas.',
      ],
    },
    {
      title: 'Sakkunnig bedömning',
      paragraphs: [
        'En sakkunnig kan skriva en egen bedömning i kolumnen Sakkunnig bedömning. Den gäller då i stället för den beräknade och märks med (sakkunnig).',
      ],
    },
    {
      title: 'Symboler och färger',
      paragraphs: [
        '● Uppfyllt (grön), ◆ Delvis uppfyllt (gul), ■ Ej uppfyllt (röd), ▲ Kan inte bedömas (grå). Symbolen och ordet står alltid med färgen.',
        'Trend: ↑ Förbättrad, → Oförändrad, ↓ Försämrad. Pilen visar bättre eller sämre, inte upp eller ned.',
      ],
    },
  ],
  en: [
    {
      title: 'What Målkoll does',
      paragraphs: [
        'Målkoll finds the indicator tables in the workbook, assesses each indicator and weighs the indicators together into an assessment per goal, focus area and owner.',
        'Four columns are written beside each table: Assessment, Trend, Fulfilment and Reason. The Summary sheet shows the whole and the problems to fix.',
      ],
    },
    {
      title: 'Follow-ups over time',
      paragraphs: [
        'Each assessment belongs to a follow-up, such as T1 2024, Delår 2024 or Årsredovisning 2023. Period columns after the follow-up are not used, so T1 2024 assessed in September gives what was known at T1.',
        "The history sheet keeps every follow-up's statuses. Beside each status, the previous follow-up's status and the change are shown: ↑ Better, ↓ Worse or → Unchanged.",
      ],
    },
    {
      title: 'How an indicator is assessed',
      paragraphs: [
        'The ambition decides how. Target: met when the outcome reaches the target, partly met when it has come most of the way. Trend: compared with the previous outcome. Comparison: compared with, say, the national average. Pace: is progress fast enough to reach a long-term target in time? Manual: the expert decides.',
        'The desired direction (increase or decrease) says what is better. Without an outcome or a direction the indicator cannot be assessed, and a problem says what is missing.',
      ],
    },
    {
      title: 'How goals are weighed together',
      paragraphs: [
        'With points, Met gives 1 point, Partly met a half and Not met 0. The goal is met when the average reaches Goal met at (0.8), partly met at Goal partly at (0.5).',
        "With worst two, the goal's two lowest indicators decide. If too few indicators can be assessed, the goal cannot be assessed.",
      ],
    },
    {
      title: 'Expert assessment',
      paragraphs: [
        'An expert can write an assessment in the Expert assessment column. It then replaces the computed one and is marked (expert).',
      ],
    },
    {
      title: 'Symbols and colours',
      paragraphs: [
        '● Met (green), ◆ Partly met (yellow), ■ Not met (red), ▲ Cannot be assessed (grey). The symbol and the word always stand with the colour.',
        'Trend: ↑ Improved, → Unchanged, ↓ Worsened. The arrow tells better or worse, not up or down.',
      ],
    },
  ],
};

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
});

export default function HelpPanel(props: { lang: Lang }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      {HELP[props.lang].map((topic) => (
        <AccordionItem key={topic.title} value={topic.title}>
          <AccordionHeader as="h3" size="small">
            {topic.title}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {topic.paragraphs.map((p) => (
              <Body1 as="p" key={p}>
                {p}
              </Body1>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
