import { useId, useState } from "react";
import { formatNumber } from "../../i18n/format.ts";
import { useLanguage, useMessages } from "../../i18n/use-language.ts";
import { selectUrlState } from "../../state/selectors.ts";
import { useAppStore, useAppStoreApi } from "../../state/store-context.tsx";
import { serializeUrlState } from "../../url/url-state.ts";
import { downloadViewImage } from "./image/download-view-image.ts";
import { PUBLISH_MESSAGES } from "./publish-messages.ts";
import { clampEmbedSize, iframeSnippet } from "./share-link.ts";
import { useCopyText } from "./use-copy-text.ts";

type ImageState = { status: "idle" } | { status: "drawing" } | { status: "failed"; reason: string };

/** The view's address, as the address bar holds it (written from the same state). */
function useCurrentAddress(): string {
  const search = useAppStore((s) => serializeUrlState(selectUrlState(s)));
  return `${window.location.origin}${window.location.pathname}${search}`;
}

/** The preview keeps the frame's proportions inside a small box, with its size in words. */
function SizePreview({ width, height, label }: { width: number; height: number; label: string }) {
  const scale = Math.min(160 / width, 90 / height);
  return (
    <div className="share-size-preview" aria-hidden="true">
      <div className="share-size-box" style={{ width: `${width * scale}px`, height: `${height * scale}px` }}>
        <span>{label}</span>
      </div>
    </div>
  );
}

/** The Share menu's content, loaded the first time the menu opens. */
export default function SharePanel() {
  const t = useMessages(PUBLISH_MESSAGES);
  const lang = useLanguage();
  const store = useAppStoreApi();
  const hasDataset = useAppStore((s) => s.dataset !== null && s.geography !== null);
  const [width, setWidth] = useState(600);
  const [height, setHeight] = useState(400);
  const [image, setImage] = useState<ImageState>({ status: "idle" });
  const [linkCopy, copyLink] = useCopyText();
  const [snippetCopy, copySnippet] = useCopyText();
  const address = useCurrentAddress();
  const linkId = useId();
  const snippetId = useId();

  const snippet = iframeSnippet(address, width, height, t.frameTitle);
  const download = async (format: "png" | "svg") => {
    setImage({ status: "drawing" });
    try {
      await downloadViewImage(store.getState(), address, format);
      setImage({ status: "idle" });
    } catch (error) {
      setImage({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const copyLabel = (state: string, idle: string) =>
    state === "copied" ? t.copied : state === "failed" ? t.copyFailed : idle;

  return (
    <>
      <div className="share-section">
        <h3>
          <label htmlFor={linkId}>{t.linkLabel}</label>
        </h3>
        <div className="share-row">
          <input
            id={linkId}
            className="share-address"
            readOnly
            value={address}
            dir="ltr"
            onFocus={(e) => e.target.select()}
          />
          <button type="button" onClick={() => copyLink(address)}>
            {copyLabel(linkCopy, t.copyLink)}
          </button>
        </div>
      </div>

      <div className="share-section">
        <h3>{t.embed}</h3>
        <p className="share-hint">{t.embedHint}</p>
        <div className="share-embed">
          <div className="share-sizes">
            <label>
              {t.embedWidth}
              <input
                type="number"
                min={280}
                max={2400}
                step={10}
                value={width}
                onChange={(e) => setWidth(clampEmbedSize(e.target.valueAsNumber, width))}
              />
            </label>
            <label>
              {t.embedHeight}
              <input
                type="number"
                min={280}
                max={2400}
                step={10}
                value={height}
                onChange={(e) => setHeight(clampEmbedSize(e.target.valueAsNumber, height))}
              />
            </label>
          </div>
          <SizePreview
            width={width}
            height={height}
            label={t.sizePreview(formatNumber(width, lang), formatNumber(height, lang))}
          />
        </div>
        <label htmlFor={snippetId} className="share-label">
          {t.embedSnippet}
        </label>
        <textarea
          id={snippetId}
          className="share-snippet"
          readOnly
          rows={4}
          dir="ltr"
          value={snippet}
          data-testid="embed-snippet"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => copySnippet(snippet)}>
          {copyLabel(snippetCopy, t.copySnippet)}
        </button>
        <p className="share-hint">{t.framingNote}</p>
      </div>

      <div className="share-section">
        <h3>{t.image}</h3>
        <p className="share-hint">{t.imageHint}</p>
        <div className="share-row">
          <button
            type="button"
            className="share-primary"
            disabled={!hasDataset || image.status === "drawing"}
            onClick={() => void download("png")}
          >
            {image.status === "drawing" ? t.drawing : t.downloadPng}
          </button>
          <button
            type="button"
            disabled={!hasDataset || image.status === "drawing"}
            onClick={() => void download("svg")}
          >
            {t.downloadSvg}
          </button>
        </div>
        <p className="share-status" role="status">
          {image.status === "failed" ? t.imageFailed(image.reason) : ""}
        </p>
      </div>
    </>
  );
}
