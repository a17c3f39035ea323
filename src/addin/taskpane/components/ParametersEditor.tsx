/**
 * The parameters of §6, editable, with a message under every value that is
 * not allowed. Loaded only when the user opens it.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import {
  DEFAULT_PARAMETERS,
  PARAMETER_SPECS,
  validateParameters,
  type ParameterKey,
} from '../../../engine';
import type { GoalRule, Lang, Parameters } from '../../../engine';
import { readNumberText } from '../../../workbook';
import { fmt, STRINGS } from '../strings';

type NumericKey = Exclude<ParameterKey, 'goalRule'>;
type Texts = Record<NumericKey, string>;

const NUMERIC = PARAMETER_SPECS.filter((s) => s.key !== 'goalRule');

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ParametersEditorProps {
  parameters: Parameters;
  hasMethodSheet: boolean;
  lang: Lang;
  busy: boolean;
  onSave: (values: Partial<Record<ParameterKey, unknown>>) => void;
  onInvalid: (message: string) => void;
}

function textsOf(parameters: Parameters, lang: Lang): Texts {
  const texts = {} as Texts;
  for (const spec of NUMERIC) {
    texts[spec.key as NumericKey] = fmt(parameters[spec.key] as number, lang, 4);
  }
  return texts;
}

function parse(text: string): number | null {
  const read = readNumberText(text);
  return read.kind === 'number' ? read.value : null;
}

/** The message for each value that is not allowed, in the order of §6; the engine checks. */
function validate(texts: Texts, lang: Lang): Partial<Record<NumericKey, string>> {
  const t = STRINGS[lang];
  const messages: Partial<Record<NumericKey, string>> = {};
  const values: Partial<Record<NumericKey, number>> = {};
  for (const spec of NUMERIC) {
    const key = spec.key as NumericKey;
    const value = parse(texts[key]);
    if (value === null) messages[key] = t.notANumber;
    else values[key] = value;
  }
  for (const { key, kind, otherKey } of validateParameters(values).invalid) {
    const spec = PARAMETER_SPECS.find((s) => s.key === key)!;
    const other = PARAMETER_SPECS.find((s) => s.key === otherKey);
    const k = key as NumericKey;
    if (kind === 'not_allowed')
      messages[k] = t.rangeMessage(spec.min as number, spec.max as number);
    else if (!messages[k] && !messages[otherKey as NumericKey])
      messages[k] = t.atMost(other ? other[lang] : String(otherKey));
  }
  return messages;
}

export default function ParametersEditor(props: ParametersEditorProps) {
  const styles = useStyles();
  const { lang } = props;
  const t = STRINGS[lang];
  const [texts, setTexts] = useState<Texts>(() => textsOf(props.parameters, lang));
  const [goalRule, setGoalRule] = useState<GoalRule>(props.parameters.goalRule);
  const inputs = useRef<Partial<Record<NumericKey, HTMLInputElement | null>>>({});
  const messages = useMemo(() => validate(texts, lang), [texts, lang]);

  const save = () => {
    const invalid = Object.keys(messages) as NumericKey[];
    if (invalid.length) {
      props.onInvalid(t.fixBeforeSaving);
      inputs.current[invalid[0]]?.focus();
      return;
    }
    const values: Partial<Record<ParameterKey, unknown>> = { goalRule };
    for (const spec of NUMERIC) values[spec.key] = parse(texts[spec.key as NumericKey]);
    props.onSave(values);
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Body1>{t.parametersIntro}</Body1>
      {!props.hasMethodSheet && (
        <Caption1 className={styles.muted}>{t.parametersMissingSheet}</Caption1>
      )}
      {PARAMETER_SPECS.map((spec) =>
        spec.key === 'goalRule' ? (
          <Field
            key={spec.key}
            label={spec[lang]}
            hint={lang === 'sv' ? spec.descriptionSv : spec.descriptionEn}
          >
            <Select value={goalRule} onChange={(_, data) => setGoalRule(data.value as GoalRule)}>
              <option value="points">{t.goalRulePoints}</option>
              <option value="worstTwo">{t.goalRuleWorstTwo}</option>
            </Select>
          </Field>
        ) : (
          <Field
            key={spec.key}
            label={spec[lang]}
            hint={lang === 'sv' ? spec.descriptionSv : spec.descriptionEn}
            validationState={messages[spec.key as NumericKey] ? 'error' : 'none'}
            validationMessage={messages[spec.key as NumericKey]}
          >
            <Input
              ref={(element) => {
                inputs.current[spec.key as NumericKey] = element;
              }}
              inputMode="decimal"
              value={texts[spec.key as NumericKey]}
              onChange={(_, data) => setTexts((old) => ({ ...old, [spec.key]: data.value }))}
            />
          </Field>
        ),
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={props.busy}>
          {t.saveParameters}
        </Button>
        <Button
          type="button"
          disabledFocusable={props.busy}
          onClick={() => {
            setTexts(textsOf(DEFAULT_PARAMETERS, lang));
            setGoalRule(DEFAULT_PARAMETERS.goalRule);
          }}
        >
          {t.resetDefaults}
        </Button>
      </div>
    </form>
  );
}
