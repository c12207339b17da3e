import type { FatalLoadError } from "../../data/load-problem.ts";

interface Props {
  error: FatalLoadError;
  /** When a dataset is already shown, the person can go back to it instead of reloading. */
  onDismiss?: () => void;
}

export function FatalErrorScreen({ error, onDismiss }: Props) {
  return (
    <section className="fatal-error" role="alert" aria-labelledby="fatal-error-title">
      <h2 id="fatal-error-title">The dataset could not be loaded</h2>
      <dl>
        <dt>File</dt>
        <dd>
          <code>{error.file}</code>
        </dd>
        <dt>What went wrong</dt>
        <dd>{error.message}</dd>
        <dt>What you can do</dt>
        <dd>{error.hint}</dd>
      </dl>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          Back to the current dataset
        </button>
      ) : (
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
    </section>
  );
}
