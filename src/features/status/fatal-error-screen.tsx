import type { FatalLoadError } from "../../data/load-problem.ts";

export function FatalErrorScreen({ error }: { error: FatalLoadError }) {
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
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </section>
  );
}
