import { Component, type ReactNode } from 'react';
import { RouteError } from '@/app/loading/route-error';

interface RouteBoundaryProps {
  children: ReactNode;
  /** A new key (the next page) clears the error. */
  resetKey: string;
  /** The shell itself failed: render the error without it. */
  standalone?: boolean;
}

interface RouteBoundaryState {
  failed: boolean;
  error: unknown;
  resetKey: string;
}

/** Keeps a failing page (a thrown render or a chunk that will not load) inside its route. */
export class RouteBoundary extends Component<RouteBoundaryProps, RouteBoundaryState> {
  state: RouteBoundaryState = { failed: false, error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<RouteBoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: RouteBoundaryProps, state: RouteBoundaryState) {
    return props.resetKey === state.resetKey
      ? null
      : { failed: false, error: null, resetKey: props.resetKey };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <RouteError
        error={this.state.error}
        standalone={this.props.standalone}
        onRetry={() => this.setState({ failed: false, error: null })}
      />
    );
  }
}
