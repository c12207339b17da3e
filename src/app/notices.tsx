import { useLanguage, useMessages } from "../i18n/use-language.ts";
import { useAppStore } from "../state/store-context.tsx";
import { APP_MESSAGES } from "./app-messages.ts";
import { noticeText } from "./notice-text.ts";

/** Things the page could not use (bad link parameters and the like), each dismissible. */
export function Notices() {
  const t = useMessages(APP_MESSAGES);
  const lang = useLanguage();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => {
        const text = noticeText(notice.message, lang);
        return (
          <p key={notice.id} className="notice">
            <span dir="auto">{text}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t.dismissNotice(text)}
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </p>
        );
      })}
    </div>
  );
}
