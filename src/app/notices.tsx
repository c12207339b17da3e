import { useAppStore } from "../state/store-context.tsx";

/** Things the page could not use (bad link parameters and the like), each dismissible. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={`Dismiss: ${notice.text}`}
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
