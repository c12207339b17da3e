import type { FatalLoadError } from "../../data/load-problem.ts";
import { fatalText } from "../../data/load-problem-messages.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { STATUS_MESSAGES } from "./status-messages.ts";

interface Props {
  error: FatalLoadError;
  /** When a dataset is already shown, the person can go back to it instead of reloading. */
  onDismiss?: () => void;
}

export function FatalErrorScreen({ error, onDismiss }: Props) {
  const t = useMessages(STATUS_MESSAGES);
  const lang = useLanguage();
  const said = fatalText(error.reason, lang);
  return (
    <section className="fatal-error" role="alert" aria-labelledby="fatal-error-title">
      <h2 id="fatal-error-title">{t.fatalTitle}</h2>
      <dl>
        <dt>{t.file}</dt>
        <dd>
          <code dir="ltr">{error.file}</code>
        </dd>
        <dt>{t.whatWentWrong}</dt>
        <dd dir="auto">{said.message}</dd>
        <dt>{t.whatYouCanDo}</dt>
        <dd dir="auto">{said.hint}</dd>
      </dl>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          {t.backToCurrent}
        </button>
      ) : (
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      )}
    </section>
  );
}
