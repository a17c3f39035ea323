/** The outcome dialog's fixed texts in both languages. */
import type { Lang } from '../../engine';

export interface DialogText {
  heading: string;
  hint: string;
  close: string;
}

const TEXT: Record<Lang, { done: string; failed: string; hint: string; close: string }> = {
  sv: {
    done: 'Bedömningen är klar',
    failed: 'Bedömningen kunde inte göras',
    hint: 'Välj Visa panel för detaljer och för att gå till cellerna som behöver rättas.',
    close: 'Stäng',
  },
  en: {
    done: 'The assessment is done',
    failed: 'The assessment could not be made',
    hint: 'Choose Show pane for details and to go to the cells that need fixing.',
    close: 'Close',
  },
};

export function dialogText(lang: Lang, ok: boolean): DialogText {
  const text = TEXT[lang];
  return { heading: ok ? text.done : text.failed, hint: text.hint, close: text.close };
}
