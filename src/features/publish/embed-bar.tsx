import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectQuery, selectUrlState } from "../../state/selectors.ts";
import { useAppStore } from "../../state/store-context.tsx";
import { serializeUrlState } from "../../url/url-state.ts";
import { filtersInWords } from "./filter-words.ts";
import { PUBLISH_MESSAGES } from "./publish-messages.ts";
import { fullMapAddress } from "./share-link.ts";

/**
 * The one line an embedded map has instead of the header: what it shows in words, how many
 * events match, and a link that opens the same view in the full application.
 */
export default function EmbedBar() {
  const t = useMessages(PUBLISH_MESSAGES);
  const lang = useLanguage();
  const filters = useAppStore((s) => s.filters);
  const count = useAppStore((s) => selectQuery(s)?.positions.length ?? null);
  const search = useAppStore((s) => serializeUrlState(selectUrlState(s)));
  const full = fullMapAddress(`${window.location.origin}${window.location.pathname}${search}`);
  return (
    <header className="embed-bar" data-testid="embed-bar">
      <p className="embed-what">
        <strong className="embed-title">{filtersInWords(filters, lang)}</strong>
        {count !== null && (
          <span className="embed-count" data-testid="embed-count">
            {t.eventCount(count, formatNumber(count, lang))}
          </span>
        )}
      </p>
      <a className="embed-open" href={full} target="_blank" rel="noopener">
        {t.openFullMap}
        <span aria-hidden="true"> ↗</span>
      </a>
    </header>
  );
}
