import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /** What failed, said to the person ("the map", "this panel"). */
  area: string;
}

interface State {
  error: Error | null;
}

/** Keeps the rest of the page alive when one part throws while rendering. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Error in ${this.props.area}:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h2>Something went wrong in {this.props.area}</h2>
        <p>{this.state.error.message}</p>
        <p>
          The rest of the page still works. Reloading usually helps; if it keeps happening, the address or the dataset
          may hold something unexpected.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
