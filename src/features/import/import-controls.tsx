import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useMessages } from "../../i18n/use-language.ts";
import { type AddressCheck, checkDatasetAddress } from "./dataset-address.ts";
import { IMPORT_MESSAGES } from "./import-messages.ts";
import "./import.css";

/** The file types the picker offers; any file can still be dropped, and is recognised by content. */
export const DATASET_FILE_ACCEPT =
  ".json,.geojson,.csv,.xlsx,.xlsm,application/json,application/geo+json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An address field and a "Load from address" button: an http(s) URL or a path on this site. */
export function LoadFromAddress({ onUrl }: { onUrl: (url: string) => void }) {
  const t = useMessages(IMPORT_MESSAGES);
  const inputId = useId();
  const errorId = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<Exclude<AddressCheck, { ok: true }>["reason"] | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkDatasetAddress(value);
    if (!check.ok) {
      setError(check.reason);
      return;
    }
    setError(null);
    onUrl(check.url);
  };
  return (
    <form className="load-address" onSubmit={submit} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        {t.addressLabel}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        dir="ltr"
        placeholder={t.addressPlaceholder}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          if (error) setError(null);
        }}
      />
      <button type="submit">{t.loadFromAddress}</button>
      {error && (
        <p id={errorId} className="load-address-error" role="alert">
          {t.addressErrors[error]}
        </p>
      )}
    </form>
  );
}

/**
 * "Open a dataset…": a button opening the file picker (JSON, GeoJSON, CSV, Excel), and, when `onUrl`
 * is given, the address field. The chosen file goes to `onFile`; reading it is the caller's job.
 */
export function ImportControls({ onFile, onUrl }: { onFile: (file: File) => void; onUrl?: (url: string) => void }) {
  const t = useMessages(IMPORT_MESSAGES);
  return (
    <div className="import-controls">
      <OpenFileButton className="import-open" label={t.openDataset} inputLabel={t.fileInputLabel} onFile={onFile} />
      {onUrl && <LoadFromAddress onUrl={onUrl} />}
    </div>
  );
}

function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types ? Array.from(types).includes("Files") : false;
}

/**
 * Lets a dataset file be dropped anywhere on the page: while a file is dragged over the window a
 * full-window overlay says "Drop a dataset file to load it"; the dropped file goes to `onFile`.
 */
export function DropZone({ onFile, children }: { onFile: (file: File) => void; children?: ReactNode }) {
  const t = useMessages(IMPORT_MESSAGES);
  const [dragging, setDragging] = useState(false);
  const onFileRef = useRef(onFile);
  useEffect(() => {
    onFileRef.current = onFile;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the file itself instead of letting the page have it.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files?.[0];
      if (file) onFileRef.current(file);
    };
    const reset = () => {
      depth = 0;
      setDragging(false);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    window.addEventListener("dragend", reset);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
      window.removeEventListener("dragend", reset);
    };
  }, []);

  return (
    <>
      {children}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <p className="drop-overlay-message">{t.dropOverlay}</p>
        </div>
      )}
    </>
  );
}

/** A button that opens the system's file picker on dataset files; the chosen file goes to `onFile`. */
export function OpenFileButton({
  label,
  inputLabel,
  className,
  onFile,
}: {
  label: string;
  inputLabel: string;
  className: string;
  onFile: (file: File) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => inputRef.current?.click()}>
        {label}
      </button>
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={inputLabel}
        accept={DATASET_FILE_ACCEPT}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again loads it again.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
